import ETEModel
import Foundation
import PathKit
import Stencil

/// The letter templates in templates/kamerbrief/: `brief.md` (the skeleton) includes one
/// template per section. Rendering gives letter markup; every mistake is reported with the
/// template file and line.
struct LetterTemplates {
    static let skeleton = "brief.md"

    /// The folder with the templates (templates/kamerbrief).
    let folder: URL

    func render(_ context: [String: Any], remedies: FigureRemedies) throws -> String {
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.skeleton).path) else {
            throw ReportError.template(file: displayName(Self.skeleton), line: nil, message: "sjabloon niet gevonden")
        }
        try checkEveryOutputIsFiltered()
        try checkActionLineTemplates(context)
        let environment = Environment(loader: FileSystemLoader(paths: [Path(folder.path)]),
                                      extensions: [LetterFilters.extension_], trimBehaviour: .smart)
        do {
            return try environment.renderTemplate(name: Self.skeleton, context: context)
        } catch let error as TemplateSyntaxError {
            throw translate(error, remedies: remedies)
        } catch let error as TemplateDoesNotExist {
            throw ReportError.template(file: displayName(Self.skeleton), line: nil, message: "sjabloon niet gevonden (\(error))")
        }
    }

    /// `{{ x }}` without a filter would print nothing when x is absent; every output must pass a
    /// filter (procent, aantal, verplicht, …) so that absence is an error instead.
    func checkEveryOutputIsFiltered() throws {
        for name in try templateNames() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in line.matches(of: /\{\{([^}]*)\}\}/) where !match.output.1.contains("|") {
                    let expression = match.output.1.trimmingCharacters(in: .whitespaces)
                    throw ReportError.template(file: displayName(name), line: index + 1, message:
                        "{{ \(expression) }} heeft geen filter; schrijf bijvoorbeeld {{ \(expression)|verplicht }} of |procent, |aantal, zodat een ontbrekend gegeven een fout geeft in plaats van een lege plek")
                }
            }
        }
    }

    /// An action line may name its own section template (`ete import actielijnen`, column sjabloon);
    /// one that does not exist is named with the line, before anything is rendered.
    func checkActionLineTemplates(_ context: [String: Any]) throws {
        let lines = context["actielijnen"] as? [[String: Any]] ?? []
        for line in lines {
            guard let name = line["sjabloon"] as? String,
                  !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) else { continue }
            throw ReportError.template(file: displayName(name), line: nil, message:
                "sjabloon niet gevonden, maar \(line["kop"] ?? "een actielijn") noemt het (kolom sjabloon van 'ete import actielijnen'; leeg laten geeft de algemene sectie secties/actielijn.md)")
        }
    }

    /// The .md templates of the folder and its subfolders, except documentation and demo texts.
    func templateNames() throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var names: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasPrefix("demo") { enumerator?.skipDescendants(); continue }
            if name.hasSuffix(".md"), name != "README.md" { names.append(name) }
        }
        return names.sorted()
    }

    private func translate(_ error: TemplateSyntaxError, remedies: FigureRemedies) -> ReportError {
        // Stencil moves the token of an error inside an included template to the stack trace,
        // innermost first; that token is where the mistake is.
        let token = error.stackTrace.first ?? error.token
        let file = displayName(token?.sourceMap.filename ?? Self.skeleton)
        let line = token.map { Int($0.sourceMap.location.lineNumber) }
        if error.reason.hasPrefix(LetterFilters.missingPassageMarker) {
            let figure = "tekst." + error.reason.dropFirst(LetterFilters.missingPassageMarker.count)
            return .missingFigure(figure, template: file, line: line ?? 0, remedy: remedies.remedy(for: figure))
        }
        if error.reason == LetterFilters.missingMarker, let token {
            let figure = token.contents.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? token.contents
            return .missingFigure(figure, template: file, line: line ?? 0, remedy: remedies.remedy(for: figure))
        }
        return .template(file: file, line: line, message: LetterTemplates.dutch(error.reason))
    }

    private func displayName(_ name: String) -> String { "templates/kamerbrief/\(name)" }

    /// Stencil's messages are English; the common ones get a Dutch explanation in front.
    static func dutch(_ reason: String) -> String {
        if reason.hasPrefix("Unknown filter") { return "onbekend filter (\(reason))" }
        if reason.hasPrefix("Unknown template tag") { return "onbekende opdracht tussen {% %} (\(reason))" }
        if reason.contains("was not closed") || reason.contains("`end") { return "blok niet afgesloten (\(reason))" }
        return reason
    }
}

/// Which import provides a figure, by the first part of its name in the templates.
struct FigureRemedies {
    let year: Int

    func remedy(for figure: String) -> String {
        let root = figure.split(separator: ".").first.map(String.init) ?? figure
        if figure.contains(".ontwikkeling"), ["vraag", "pijler"].contains(root) {
            return "ete import benchmark BESTAND --year \(year - 1)"
        }
        switch root {
        case "benchmark", "vraag", "pijler": return "ete import benchmark BESTAND --year \(year)"
        case "week": return "ete import week-edities BESTAND' en 'ete import week BESTAND --year \(year)"
        case "volgende_week": return "ete import week-edities BESTAND"
        case "coalitie": return "ete import partners BESTAND"
        case "campagne": return "ete import campagne BESTAND"
        case "signalering": return "ete import signalering BESTAND"
        case "kerncijfers": return "ete import kerncijfers BESTAND"
        case "gemeenten": return "ete import gemeenten BESTAND"
        case "acties", "actielijnen": return "ete import acties BESTAND"
        default: return "ete import letter-text MAP --year \(year)"
        }
    }
}
