import ETEModel
import Foundation
import Yams

/// The parts of the letter that are a choice of the ministry, not of the data, kept in
/// templates/kamerbrief/keuzes.yaml as ja/nee values. The templates read them as `keuze.<naam>`.
struct LetterChoices: Equatable {
    static let fileName = "keuzes.yaml"

    /// Each choice with its value when keuzes.yaml is absent or does not name it. The defaults
    /// follow the published letter over 2024.
    static let defaults: [String: Bool] = [
        "afgeronde_acties": false, "beleidsprofiel": false, "geplande_acties": true, "pijlertabel": false,
    ]

    var values: [String: Bool]

    init(values: [String: Bool] = LetterChoices.defaults) { self.values = values }

    /// Reads keuzes.yaml from the templates folder; without the file every choice has its default.
    /// A misspelt choice or a value other than ja/nee is refused with its line.
    static func read(folder: URL) throws -> LetterChoices {
        let url = folder.appendingPathComponent(fileName)
        let displayName = "templates/kamerbrief/\(fileName)"
        guard FileManager.default.fileExists(atPath: url.path) else { return LetterChoices() }
        let node: Node?
        do {
            node = try Yams.compose(yaml: try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw LetterError.template(file: displayName, line: nil, message: "geen geldige YAML (\(error))")
        }
        var values = defaults
        guard let mapping = node?.mapping else {
            if node == nil { return LetterChoices() }
            throw LetterError.template(file: displayName, line: nil, message: "verwacht regels als 'afgeronde_acties: nee'")
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            let line = key.mark.map { $0.line }
            guard defaults[name] != nil else {
                var message = "onbekende keuze \(DutchText.quoted(name)); mogelijk zijn \(defaults.keys.sorted().joined(separator: ", "))"
                if let guess = DutchText.suggestion(for: name, among: defaults.keys.sorted()) { message += " — bedoelde u \(guess)?" }
                throw LetterError.template(file: displayName, line: line, message: message)
            }
            guard let text = value.string, let choice = DutchBoolean.parse(text) else {
                throw LetterError.template(
                    file: displayName, line: line,
                    message: "\(name): \(DutchText.quoted(value.string ?? "")) is geen ja/nee-waarde; verwacht ja of nee")
            }
            values[name] = choice
        }
        return LetterChoices(values: values)
    }
}
