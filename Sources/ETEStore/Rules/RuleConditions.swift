import ETEModel
import Foundation
import Yams

/// Conditions in the rules files, in the same form as a questionnaire's `alleen_als`:
/// `{vraag: p1_structureel_budget, antwoord: [ja]}`, checked against the questionnaires so a
/// misspelt question or answer is refused with its place instead of silently never holding.
///
/// A question that no stored questionnaire asks is not an error: rules outlive the questionnaire
/// they were written for (a question a year no longer asks). Such a condition never holds, and
/// the place is noted in `notes` for every command and `ete check` to show.
struct RuleConditionReader {
    let reader: NodeReader
    /// Every question the store's questionnaires ask, by id (the latest definition wins).
    let questions: [String: Question]
    let notes: RuleNotes?
    let fileName: String

    func conditions(_ node: Node, _ key: String) -> [AskCondition] {
        guard let list = reader.child(node, key, required: false) else { return [] }
        if list.array().isEmpty {
            reader.issues.add(line: list.mark?.line, column: list.mark?.column, "\"\(key)\" moet een lijst met voorwaarden zijn")
        }
        return list.array().compactMap(condition)
    }

    func condition(_ node: Node) -> AskCondition? {
        guard let id = question(node, "vraag"), let answers = reader.strings(node, "antwoord") else {
            if node["antwoord"] == nil {
                reader.issues.add(line: node.mark?.line, column: node.mark?.column, "sleutel \"antwoord\" ontbreekt")
            }
            return nil
        }
        guard let question = questions[id] else { return AskCondition(questionID: id, answers: answers) }
        let known = question.type == .yesNo ? ["ja", "nee"] : question.options.map(\.code)
        for answer in answers where !known.contains(answer) {
            let mark = node["antwoord"]?.mark
            reader.issues.add(
                line: mark?.line, column: mark?.column,
                "\(DutchText.quoted(answer)) is geen antwoord op \(id); verwacht \(known.joined(separator: ", "))")
        }
        return AskCondition(questionID: id, answers: answers)
    }

    /// A question id; one that no stored questionnaire asks is noted with its place (the rule then never holds).
    func question(_ node: Node, _ key: String) -> String? {
        guard let id = reader.string(node, key) else { return nil }
        if questions[id] == nil {
            let mark = node[key]?.mark
            let place = [fileName, mark.map { String($0.line) }, mark.map { String($0.column) }].compactMap { $0 }.joined(separator: ":")
            var message =
                "\(place): vraag \(DutchText.quoted(id)) staat in geen vragenlijst in de database; deze regel geldt pas in een jaar dat die vraag stelt"
            if let guess = DutchText.suggestion(for: id, among: questions.keys.sorted()) { message += " — bedoelde u \(guess)?" }
            notes?.add(message)
        }
        return id
    }

    /// The questions of several questionnaires by id, later years overriding earlier ones.
    static func questions(of questionnaires: [Questionnaire]) -> [String: Question] {
        var byID: [String: Question] = [:]
        for questionnaire in questionnaires.sorted(by: { $0.year < $1.year }) {
            for question in questionnaire.questions { byID[question.id] = question }
        }
        return byID
    }
}

/// Notes about a rules file that do not stop its use (a question no stored questionnaire asks).
public final class RuleNotes: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    public init() {}

    public var all: [String] { lock.withLock { collected } }

    func add(_ note: String) { lock.withLock { if !collected.contains(note) { collected.append(note) } } }
}
