import ETEModel
import Foundation

/// The free texts of a Stappenplan survey, for the factsheet's appendix: the open questions and
/// the "namelijk" texts, without who wrote them.
public struct LocalSurveyOpenAnswers: Sendable {
    public struct Group: Sendable, Equatable {
        /// "Vraag 11. Kunt u kort omschrijven …" or "Vraag 12, toelichting bij "Ja, namelijk"".
        public let heading: String
        public let answers: [String]
    }

    /// Questions whose answers identify the respondent's organisation and are never listed.
    public static let identifyingParts: Set<String> = ["I"]
    /// Put where a respondent names their own organisation in a free text.
    public static let nameMask = "[eigen organisatie]"

    public let groups: [Group]

    /// `organisationQuestion` holds each respondent's organisation name, masked wherever it recurs in
    /// their own texts. Answers are sorted alphabetically, so texts cannot be linked to one respondent.
    public init(_ result: LocalSurveyResult, organisationQuestion: String = "organisatie") {
        let respondents = result.survey.respondents
        func texts(_ pick: ([String: LocalSurvey.Answer]) -> String?) -> [String] {
            respondents.compactMap { answers -> String? in
                guard let text = pick(answers)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
                return Self.masking(text, name: answers[organisationQuestion]?.values.first)
            }.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        var groups: [Group] = []
        for question in result.questionnaire.questions where !Self.identifyingParts.contains(question.part) {
            if question.type == .open {
                let answers = texts { $0[question.id]?.values.first }
                if !answers.isEmpty { groups.append(Group(heading: "Vraag \(question.number). \(question.text)", answers: answers)) }
            }
            for option in question.options where option.takesText {
                let answers = texts { $0[question.id]?.values.contains(option.code) == true ? $0[question.id]?.remark : nil }
                if !answers.isEmpty {
                    groups.append(
                        Group(heading: "Vraag \(question.number), toelichting bij \u{201C}\(option.text)\u{201D}", answers: answers))
                }
            }
        }
        self.groups = groups
    }

    /// The text with every occurrence of the organisation's own name masked, however it is spelt:
    /// compared on the folded key the product uses for names (no case, accents, spaces, hyphens or
    /// punctuation), so "De Kerk-aan-de-IJssel" also masks "de kerk aan de ijssel". Names whose key
    /// is shorter than three letters are left alone (they would mask ordinary words).
    static func masking(_ text: String, name: String?) -> String {
        guard let name else { return text }
        let key = Array(DutchText.matchKey(name))
        guard key.count >= 3 else { return text }
        // The folded text, each folded character remembering the original character it came from.
        var folded: [Character] = []
        var origin: [String.Index] = []
        for index in text.indices {
            for character in DutchText.matchKey(String(text[index])) {
                folded.append(character)
                origin.append(index)
            }
        }
        var matches: [Range<String.Index>] = []
        var position = 0
        while position + key.count <= folded.count {
            if folded[position..<(position + key.count)].elementsEqual(key) {
                matches.append(origin[position]..<text.index(after: origin[position + key.count - 1]))
                position += key.count
            } else {
                position += 1
            }
        }
        var masked = text
        for range in matches.reversed() { masked.replaceSubrange(range, with: nameMask) }
        return masked
    }
}
