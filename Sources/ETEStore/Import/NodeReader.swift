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

    func int(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = child(node, key) else { return nil }
        guard let number = value.int, range.contains(number) else {
            issues.add(line: value.mark?.line, column: value.mark?.column,
                       "\"\(key)\" is \"\(value.string ?? "?")\"; verwacht een geheel getal van \(range.lowerBound) tot en met \(range.upperBound)")
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

    func strings(_ node: Node, _ key: String) -> [String]? {
        guard let value = child(node, key, required: false) else { return nil }
        let items = value.array().compactMap(\.string)
        if value.array().isEmpty || items.count != value.array().count {
            issues.add(line: value.mark?.line, column: value.mark?.column, "\"\(key)\" moet een lijst met waarden zijn, zoals [ja]")
        }
        return items
    }
}

/// YAML text to a root node, with syntax errors located in Dutch.
enum YAMLDocument {
    static func root(_ text: String, fileName: String, expected: String) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ImportFailure(ImportIssue(file: fileName, message: "bestand is leeg; verwacht \(expected)"))
            }
            return node
        } catch let error as YamlError {
            throw ImportFailure(syntaxIssue(error, fileName: fileName))
        }
    }

    private static func syntaxIssue(_ error: YamlError, fileName: String) -> ImportIssue {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return ImportIssue(file: fileName, line: mark.line, column: mark.column, message: "YAML-fout: \(problem)")
        default:
            return ImportIssue(file: fileName, message: "YAML-fout: \(error)")
        }
    }
}
