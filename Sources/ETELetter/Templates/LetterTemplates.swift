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

    /// Renders the letter markup. Every absent figure and passage is collected during one rendering
    /// and reported together with `missing` (data sets the caller found absent), in one error.
    func render(_ context: [String: Any], remedies: InputRemedies, missing: [MissingInput] = []) throws -> String {
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.skeleton).path) else {
            throw LetterError.template(file: displayName(Self.skeleton), line: nil, message: "sjabloon niet gevonden")
        }
        try checkEveryOutputIsFiltered()
        try checkSectionTemplates(context)
        let recorder = MissingInputRecorder()
        recorder.withheld = remedies.withheld
        let loader = RecordingLoader(folder: folder, recorder: recorder, displayName: displayName)
        let environment = Environment(loader: loader, extensions: [LetterFilters.stencilExtension], trimBehaviour: .smart)
        var context = context
        context[MissingInputRecorder.contextKey] = recorder
        let markup: String
        do {
            markup = try environment.renderTemplate(name: Self.skeleton, context: context)
        } catch let error as TemplateSyntaxError {
            throw translate(error)
        } catch let error as TemplateDoesNotExist {
            throw LetterError.template(file: displayName(Self.skeleton), line: nil, message: "sjabloon niet gevonden (\(error))")
        }
        let allMissing = missing + recorded(recorder, remedies: remedies, letterTextMissing: missing.contains(remedies.letterText))
        guard allMissing.isEmpty else { throw LetterError.missingInputs(allMissing) }
        return WithheldSentences.rewrite(markup, context: context)
    }

    /// Without the year's letter text every field and passage is absent; the one data set says it.
    private func recorded(_ recorder: MissingInputRecorder, remedies: InputRemedies, letterTextMissing: Bool) -> [MissingInput] {
        let passages = letterTextMissing ? [] : recorder.passages.map { remedies.passage($0.name, location: $0.location) }
        let figures = recorder.figures
            .filter { !(letterTextMissing && $0.name.hasPrefix("brief.")) }
            .map { remedies.figure($0.name, location: $0.location) }
        // Every absent key of the sender block is one problem: the block.
        let sender = figures.first { $0.kind == .senderData }
        return passages + (sender.map { [$0] } ?? []) + figures.filter { $0.kind != .senderData }
    }

    /// `{{ x }}` without a filter would print nothing when x is absent; every output must pass a
    /// filter (procent, aantal, verplicht, …) so that absence is an error instead.
    func checkEveryOutputIsFiltered() throws {
        for name in try templateNames() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in line.matches(of: /\{\{([^}]*)\}\}/) where !match.output.1.contains("|") {
                    let expression = match.output.1.trimmingCharacters(in: .whitespaces)
                    throw LetterError.template(
                        file: displayName(name), line: index + 1,
                        message:
                            "{{ \(expression) }} heeft geen filter; schrijf bijvoorbeeld {{ \(expression)|verplicht }} of |procent, |aantal, zodat een ontbrekend gegeven een fout geeft in plaats van een lege plek"
                    )
                }
            }
        }
    }

    /// An action line may name its own section template (`ete import actielijnen`, column sjabloon),
    /// and each pillar has one in secties/pijlers/; one that does not exist is named with its line
    /// or pillar, before anything is rendered.
    func checkSectionTemplates(_ context: [String: Any]) throws {
        let hints: KeyValuePairs = [
            "actielijnen":
                "kolom sjabloon van 'ete import actielijnen'; leeg laten geeft de algemene sectie \(LetterContext.generalLineTemplate)",
            "pijlers": "elke pijler van de vragenlijst heeft een eigen sjabloon in secties/pijlers/; kopieer er een",
        ]
        for (key, hint) in hints {
            for section in context[key] as? [[String: Any]] ?? [] {
                guard let name = section["sjabloon"] as? String,
                    !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
                else { continue }
                throw LetterError.template(
                    file: displayName(name), line: nil,
                    message: "sjabloon niet gevonden, maar \(section["kop"] ?? section["naam"] ?? "een sectie") noemt het (\(hint))")
            }
        }
    }

    /// The .md templates of the folder and its subfolders, except documentation and demo texts.
    func templateNames() throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var names: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasPrefix("demo") {
                enumerator?.skipDescendants()
                continue
            }
            if name.hasSuffix(".md"), !name.hasSuffix("README.md") { names.append(name) }
        }
        return names.sorted()
    }

    private func translate(_ error: TemplateSyntaxError) -> LetterError {
        // Stencil moves the token of an error inside an included template to the stack trace,
        // innermost first; that token is where the mistake is.
        let token = error.stackTrace.first ?? error.token
        let file = displayName(token?.sourceMap.filename ?? Self.skeleton)
        let line = token.map { Int($0.sourceMap.location.lineNumber) }
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
