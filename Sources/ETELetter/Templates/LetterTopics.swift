import ETEModel
import Foundation
import Yams

/// The letter's topics with figures (campaign, Week, knowledge, coalition, local approach,
/// signalling), kept in templates/kamerbrief/onderwerpen.yaml, and where each goes in a year's
/// letter: under the line whose data names it, else under the first line whose title has one of
/// its keywords, else in the closing section of further results when it has data or a passage.
/// So a new period's lines get every figure section without a template, and nothing is dropped.
struct LetterTopics {
    static let fileName = "onderwerpen.yaml"

    struct Topic: Equatable {
        let name: String
        let keywords: [String]
        /// Dotted context paths; the topic has data when one of them holds a value.
        let dataKeys: [String]
        /// The passages (`tekst.<naam>`) its template reads.
        let passages: Set<String>

        var template: String { "\(ActionLine.topicFolder)/\(name).md" }
    }

    /// Where the topics go in one year's letter.
    struct Placement: Equatable {
        /// Topic names per action line id, in the order they appear.
        var byLine: [String: [String]] = [:]
        /// Topics no line carries that have data or a passage: the closing section.
        var rest: [String] = []
    }

    let topics: [Topic]

    /// Reads onderwerpen.yaml; without the file only the topics lines name themselves are placed.
    static func read(folder: URL) throws -> LetterTopics {
        let url = folder.appendingPathComponent(fileName)
        let displayName = "templates/kamerbrief/\(fileName)"
        guard FileManager.default.fileExists(atPath: url.path) else { return LetterTopics(topics: []) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw LetterError.template(file: displayName, line: nil, message: "geen geldige YAML (\(error))")
        }
        guard let mapping = node?.mapping else { return LetterTopics(topics: []) }
        var topics: [Topic] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            let line = key.mark.map(\.line)
            let template = folder.appendingPathComponent("\(ActionLine.topicFolder)/\(name).md")
            guard let text = try? String(contentsOf: template, encoding: .utf8) else {
                throw LetterError.template(
                    file: displayName, line: line,
                    message: "onderwerp \(DutchText.quoted(name)) heeft geen sjabloon \(ActionLine.topicFolder)/\(name).md")
            }
            let known: Set<String> = ["trefwoorden", "gegevens"]
            if let unknown = value.mapping?.keys.compactMap(\.string).first(where: { !known.contains($0) }) {
                throw LetterError.template(
                    file: displayName, line: line,
                    message: "\(name): onbekende sleutel \(DutchText.quoted(unknown)); verwacht trefwoorden en gegevens")
            }
            func list(_ key: String) -> [String] { value.mapping?[key]?.sequence?.compactMap(\.string) ?? [] }
            topics.append(
                Topic(
                    name: name, keywords: list("trefwoorden").map(DutchText.matchKey), dataKeys: list("gegevens"),
                    passages: PassageKeys.read(text)))
        }
        return LetterTopics(topics: topics)
    }

    /// The year's placement. `context` answers whether a topic has data; `passages` are the year's passages.
    func place(lines: [ActionLine], context: [String: Any], passages: Set<String>) -> Placement {
        var placement = Placement()
        var placed = Set<String>()
        for line in lines {
            placement.byLine[line.id] = line.topics
            placed.formUnion(line.topics)
        }
        for topic in topics where !placed.contains(topic.name) {
            if let line = lines.first(where: { line in topic.keywords.contains { DutchText.matchKey(line.title).contains($0) } }) {
                placement.byLine[line.id, default: []].append(topic.name)
            } else if topic.dataKeys.contains(where: { Self.holdsValue(context, path: $0) }) || !topic.passages.isDisjoint(with: passages) {
                placement.rest.append(topic.name)
            }
        }
        return placement
    }

    /// Whether a dotted path in the context holds a value: not absent, zero, false or empty.
    static func holdsValue(_ context: [String: Any], path: String) -> Bool {
        var value: Any? = context
        for part in path.split(separator: ".") { value = (value as? [String: Any])?[String(part)] }
        switch value {
        case nil: return false
        case let number as Int: return number != 0
        case let flag as Bool: return flag
        case let dictionary as [String: Any]: return !dictionary.isEmpty
        case let array as [Any]: return !array.isEmpty
        default: return true
        }
    }
}

/// The passages a template text reads: every `tekst.<naam>`.
enum PassageKeys {
    static func read(_ text: String) -> Set<String> {
        Set(text.matches(of: /tekst\.([a-z0-9][a-z0-9-]*)/).map { String($0.output.1) })
    }
}
