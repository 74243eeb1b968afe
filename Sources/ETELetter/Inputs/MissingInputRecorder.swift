import Foundation
import Stencil

/// Collects every absent figure and passage of one rendering, so that `ete letter` names all
/// missing inputs in one run instead of stopping at the first.
///
/// `RecordingLoader` gives every `{{ … }}` of the templates a first filter `ete_plaats:"<n>"` that
/// says which output is being rendered (file, line, expression); when a later filter of that output
/// finds its value absent, the filter wrapper in `LetterFilters` records the output here and renders
/// a placeholder. Rendering is sequential, so "the output being rendered" is well defined.
final class MissingInputRecorder {
    /// The context key under which the templates' filters find the recorder.
    static let contextKey = "ete_ontbrekend"
    static let placeholder = "[ONTBREEKT]"

    struct Output {
        let file: String
        let line: Int
        /// The value's name without its filters: "benchmark.deelnemers".
        let expression: String
    }

    /// National figures the disclosure rule withholds (`DisclosureCell.key`): their outputs become
    /// `WithheldSentences` markers instead of missing inputs.
    var withheld: Set<String> = []
    private(set) var outputs: [Output] = []
    private var current: Int?
    private(set) var figures: [(name: String, location: String)] = []
    private(set) var passages: [(name: String, location: String)] = []

    /// Registers an output of a template and returns its number for the `ete_plaats` filter.
    func register(file: String, line: Int, expression: String) -> Int {
        outputs.append(Output(file: file, line: line, expression: expression))
        return outputs.count - 1
    }

    func enter(_ number: Int) { current = number }

    private var location: (Output?, String) {
        let output = current.flatMap { outputs.indices.contains($0) ? outputs[$0] : nil }
        return (output, output.map { "\($0.file):\($0.line)" } ?? "templates/kamerbrief")
    }

    /// The name of the output being rendered when the disclosure rule withholds it; nil otherwise.
    var currentWithheldFigure: String? {
        guard let name = location.0?.expression, let key = InputRemedies.disclosureKey(of: name), withheld.contains(key) else {
            return nil
        }
        return name
    }

    func recordMissingFigure() {
        let (output, place) = location
        let name = output?.expression ?? "?"
        if name.hasPrefix("tekst.") { return recordMissingPassage(String(name.dropFirst("tekst.".count))) }
        if !figures.contains(where: { $0.name == name }) { figures.append((name, place)) }
    }

    func recordMissingPassage(_ name: String) {
        if !passages.contains(where: { $0.name == name }) { passages.append((name, location.1)) }
    }
}

/// Loads the letter templates from their folder and marks every output for the recorder.
final class RecordingLoader: Loader {
    let folder: URL
    let recorder: MissingInputRecorder
    /// How a template's file name is shown in messages.
    let displayName: (String) -> String

    init(folder: URL, recorder: MissingInputRecorder, displayName: @escaping (String) -> String) {
        self.folder = folder
        self.recorder = recorder
        self.displayName = displayName
    }

    func loadTemplate(name: String, environment: Environment) throws -> Template {
        let file = folder.appendingPathComponent(name).standardizedFileURL
        // A template name from data may not reach outside the templates folder.
        guard file.path.hasPrefix(folder.standardizedFileURL.path + "/"),
            let text = try? String(contentsOf: file, encoding: .utf8)
        else {
            throw TemplateDoesNotExist(templateNames: [name], loader: self)
        }
        return environment.templateClass.init(templateString: marked(text, file: displayName(name)), environment: environment, name: name)
    }

    /// `{{ a.b|procent }}` becomes `{{ a.b|ete_plaats:"7"|procent }}` on the same line, so line
    /// numbers in messages stay those of the file.
    func marked(_ text: String, file: String) -> String {
        var lines: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append(
                String(line).replacing(/\{\{([^}|]*)\|/) { match in
                    let expression = match.output.1.trimmingCharacters(in: .whitespaces)
                    let number = recorder.register(file: file, line: index + 1, expression: expression)
                    return "{{\(match.output.1)|\(LetterFilters.placeFilter):\"\(number)\"|"
                })
        }
        return lines.joined(separator: "\n")
    }
}
