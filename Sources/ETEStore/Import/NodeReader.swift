import ETEModel
import Foundation
import Yams

/// Typed access to YAML nodes that records located Dutch problems (questionnaires, letter metadata).
struct NodeReader {
    let issues: IssueCollector

    func child(_ node: Node, _ key: String, required: Bool = true) -> Node? {
        guard let value = node[key] else {
            if required { issues.add(line: node.mark?.line, column: node.mark?.column, "sleutel \"\(key)\" ontbreekt") }
            return nil
        }
        return value
    }

    func string(_ node: Node, _ key: String, required: Bool = true) -> String? {
        guard let value = child(node, key, required: required) else { return nil }
        guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            issues.add(line: value.mark?.line, column: value.mark?.column, "\"\(key)\" moet een tekst zijn")
            return nil
        }
        return text
    }

    /// A code or id that files use as a column name or an answer: no spaces, tabs, control
    /// characters or separators ("|", ";", ","), which would split it or make it invisible.
    func code(_ node: Node, _ key: String) -> String? {
        guard let text = string(node, key) else { return nil }
        guard
            text.unicodeScalars.allSatisfy({
                !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0)
            }),
            !text.contains(where: { "|;,".contains($0) })
        else {
            let mark = node[key]?.mark
            issues.add(
                line: mark?.line, column: mark?.column,
                "\(key) \(DutchText.quoted(DutchText.printable(text))) bevat een spatie, tab, stuurteken of scheidingsteken; verwacht een code zonder die tekens, zoals zorg_welzijn"
            )
            return nil
        }
        return text
    }

    func int(_ node: Node, _ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let value = child(node, key, required: required) else { return nil }
        guard let number = value.int, range.contains(number) else {
            issues.add(
                line: value.mark?.line, column: value.mark?.column,
                "\"\(key)\" is \(DutchText.quoted(value.string ?? "?")); verwacht een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)"
            )
            return nil
        }
        return number
    }

    func number(_ node: Node, _ key: String) -> Double? {
        guard let value = child(node, key, required: false) else { return nil }
        guard let number = value.float ?? value.int.map(Double.init) else {
            issues.add(line: value.mark?.line, column: value.mark?.column, "\"\(key)\" moet een getal zijn")
            return nil
        }
        return number
    }

    /// Reports every key of the mapping `node` that is not in `known`, at its place; `place` names the
    /// block in the message ("afzender") when the keys are not at the top of the file.
    func reportUnknownKeys(_ node: Node, known: Set<String>, in place: String? = nil) {
        for (key, _) in node.mapping ?? [:] where !known.contains(key.string ?? "") {
            issues.add(
                line: key.mark?.line, column: key.mark?.column,
                "onbekende sleutel \(DutchText.quoted(key.string ?? ""))\(place.map { " in \($0)" } ?? ""); verwacht "
                    + known.sorted().joined(separator: ", "))
        }
    }

    /// A date written as 2025-06-30; anything else is reported at its place.
    func date(_ node: Node, _ key: String, required: Bool = true) -> Day? {
        guard let text = string(node, key, required: required) else { return nil }
        guard let day = Day(parsing: text) else {
            issues.add(
                line: node[key]?.mark?.line, column: node[key]?.mark?.column,
                "\(DutchText.quoted(text)) is geen datum; verwacht bijvoorbeeld 2025-06-30")
            return nil
        }
        return day
    }

    /// A yes/no value written as ja or nee (or true/false); nil when absent or not such a value (reported).
    func yesNo(_ node: Node, _ key: String) -> Bool? {
        guard let text = string(node, key, required: false) else { return nil }
        guard let value = DutchBoolean.parse(text) else {
            issues.add(
                line: node[key]?.mark?.line, column: node[key]?.mark?.column,
                "\(key): \(DutchText.quoted(text)) is geen ja/nee-waarde; verwacht ja of nee")
            return nil
        }
        return value
    }

    /// A value from a closed set (a question type, a reported fact): the text must be one of its raw
    /// values; anything else is reported at its place, with the values that are accepted.
    func member<Value: RawRepresentable & CaseIterable>(
        _ node: Node, _ key: String, of type: Value.Type, named name: String, required: Bool = true
    ) -> Value? where Value.RawValue == String {
        guard let text = string(node, key, required: required) else { return nil }
        guard let value = Value(rawValue: text) else {
            let mark = node[key]?.mark
            issues.add(
                line: mark?.line, column: mark?.column,
                "onbekend \(name) \(DutchText.quoted(text)); verwacht " + Value.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return value
    }

    /// Lines of an address or contact block: a list, or a text with one line per line (`|`).
    func lines(_ node: Node, _ key: String, required: Bool = false) -> [String]? {
        guard let value = child(node, key, required: required) else { return nil }
        if let text = value.string {
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !lines.isEmpty { return lines }
        } else if let items = strings(node, key) {
            return items
        }
        issues.add(line: value.mark?.line, column: value.mark?.column, "\"\(key)\" moet regels bevatten, als lijst of als tekst met |")
        return nil
    }

    func strings(_ node: Node, _ key: String) -> [String]? {
        guard let value = child(node, key, required: false) else { return nil }
        let items = value.array().compactMap(\.string)
        if value.array().isEmpty || items.count != value.array().count {
            issues.add(line: value.mark?.line, column: value.mark?.column, "\"\(key)\" moet een lijst met waarden zijn, zoals [ja]")
        }
        return items
    }
}

/// YAML text to a root node, with syntax errors and duplicate keys (Yams finds those) located in Dutch.
enum YAMLDocument {
    static func root(_ text: String, fileName: String, expected: String) throws -> Node {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ImportFailure(syntaxIssue(error, fileName: fileName))
        } catch {
            throw ImportFailure(ImportIssue(file: fileName, message: "YAML-fout: het bestand is geen leesbare YAML"))
        }
        guard let node else { throw ImportFailure(ImportIssue(file: fileName, message: "bestand is leeg; verwacht \(expected)")) }
        return node
    }

    private static func syntaxIssue(_ error: YamlError, fileName: String) -> ImportIssue {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return ImportIssue(
                file: fileName, line: mark.line, column: mark.column,
                message: "YAML-fout: " + dutch(problem: problem))
        case .composer(_, let problem, let mark, _):
            return ImportIssue(
                file: fileName, line: mark.line, column: mark.column,
                message: "YAML-fout: " + dutch(problem: problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { DutchText.quoted($0) }.joined(separator: ", ")
            return ImportIssue(
                file: fileName, line: context.mark.line, column: context.mark.column,
                message: "sleutel \(keys) staat twee keer in hetzelfde blok; verwacht elke sleutel één keer")
        default:
            return ImportIssue(file: fileName, message: "YAML-fout: het bestand is geen leesbare YAML")
        }
    }

    /// libyaml's messages in Dutch; an unknown one gets a general Dutch explanation (its place is in the location).
    static func dutch(problem: String) -> String {
        let known: [(String, String)] = [
            ("mapping values are not allowed", "een dubbele punt op een plek waar die niet mag; zet de waarde tussen aanhalingstekens"),
            ("did not find expected key", "verwacht hier een sleutel (controleer het inspringen)"),
            ("did not find expected '-' indicator", "verwacht hier een lijstitem dat met '-' begint (controleer het inspringen)"),
            ("could not find expected ':'", "verwacht een ':' na de sleutel"),
            ("found character that cannot start any token", "dit teken kan hier niet staan (een tab om in te springen? gebruik spaties)"),
            ("found unexpected end of stream", "het bestand houdt onverwacht op (een aanhalingsteken of haakje niet gesloten?)"),
            ("found unknown escape character", "onbekende escape-reeks met '\\' binnen dubbele aanhalingstekens"),
            ("did not find expected node content", "verwacht hier een waarde"),
            ("block sequence entries are not allowed", "een lijstitem ('-') op een plek waar dat niet mag"),
            ("found undefined tag handle", "onbekende tag (een '!' aan het begin van een waarde? zet die tussen aanhalingstekens)"),
            ("found unknown anchor", "verwijzing naar een onbekend anker ('*')"),
            ("did not find expected ',' or ']'", "lijst tussen [ ] niet goed gesloten; verwacht ',' of ']'"),
            ("did not find expected ',' or '}'", "blok tussen { } niet goed gesloten; verwacht ',' of '}'"),
            ("found a tab character", "een tab op een plek waar die niet mag; gebruik spaties"),
            ("did not find expected comment or line break", "verwacht het einde van de regel na de waarde"),
        ]
        if let match = known.first(where: { problem.contains($0.0) }) { return match.1 }
        return "het bestand is hier geen geldige YAML; controleer het inspringen (spaties, geen tabs), de aanhalingstekens en de haakjes"
    }
}
