import ETEModel
import Foundation
import Yams

/// Reads templates/factsheet/suggesties.yaml: the suggestions of the municipality factsheet and
/// when each applies. Every problem is reported with file, line and column.
public enum SuggestionFile {
    public static let path = "factsheet/suggesties.yaml"

    /// `notes` collects rules that name a question no stored questionnaire asks.
    public static func load(templates: URL, questionnaires: [Questionnaire], notes: RuleNotes? = nil) throws -> [Suggestion] {
        let url = templates.appendingPathComponent(path)
        return try parse(
            try RuleFileText.read(url, displayName: "templates/\(path)"), fileName: "templates/\(path)", questionnaires: questionnaires,
            notes: notes)
    }

    public static func parse(
        _ text: String, fileName: String, questionnaires: [Questionnaire], notes: RuleNotes? = nil
    ) throws
        -> [Suggestion]
    {
        let issues = IssueCollector(file: fileName)
        let root = try YAMLDocument.root(text, fileName: fileName, expected: "een lijst suggesties")
        let reader = NodeReader(issues: issues)
        let questions = RuleConditionReader.questions(of: questionnaires)
        let conditions = RuleConditionReader(reader: reader, questions: questions, notes: notes, fileName: fileName)
        var suggestions: [Suggestion] = []
        for node in reader.child(root, "suggesties")?.array() ?? [] {
            let start = issues.issues.count
            let pillar = reader.int(node, "pijler", in: 1...5).flatMap(Pillar.init(rawValue:))
            let text = reader.string(node, "tekst")
            let when = conditions.conditions(node, "als")
            let unless = conditions.conditions(node, "niet")
            if when.isEmpty && unless.isEmpty && node["als"] == nil && node["niet"] == nil {
                issues.add(
                    line: node.mark?.line, "suggestie zonder voorwaarden; geef \"als\" of \"niet\", anders krijgt elke gemeente haar")
            }
            var comparison: Suggestion.Comparison?
            // A comparison with a question no questionnaire asks has no figure to show: left out (noted by `question`).
            if let compared = reader.child(node, "vergelijk", required: false), let id = conditions.question(compared, "vraag"),
                let question = questions[id]
            {
                let option = reader.string(compared, "optie", required: false)
                if let option, !question.options.contains(where: { $0.code == option }) {
                    issues.add(
                        line: compared.mark?.line, column: compared.mark?.column,
                        "\(DutchText.quoted(option)) is geen optie van \(id); verwacht \(question.options.map(\.code).joined(separator: ", "))"
                    )
                } else if question.type == .multipleChoice && option == nil {
                    issues.add(
                        line: compared.mark?.line, column: compared.mark?.column,
                        "\(id) is een meervoudige vraag; noem met \"optie\" welke optie")
                } else if question.type == .number {
                    issues.add(
                        line: compared.mark?.line, column: compared.mark?.column,
                        "\(id) is een getalvraag en heeft geen percentage om te vergelijken")
                }
                comparison = Suggestion.Comparison(questionID: id, option: option)
            }
            let link = reader.string(node, "link", required: false)
            if let link, !link.hasPrefix("https://") || link.contains(where: \.isWhitespace) {
                issues.add(
                    line: node["link"]?.mark?.line, column: node["link"]?.mark?.column,
                    "\(DutchText.quoted(link)) is geen webadres; verwacht een adres dat met https:// begint")
            }
            let from = reader.int(node, "geldig_van", in: 2000...2100, required: false)
            let until = reader.int(node, "geldig_tot", in: 2000...2100, required: false)
            if let from, let until, from > until {
                issues.add(line: node.mark?.line, "geldig_van (\(from)) ligt na geldig_tot (\(until)); verwacht eerst het begin")
            }
            guard issues.issues.count == start, let pillar, let text else { continue }
            suggestions.append(
                Suggestion(
                    pillar: pillar, text: text, when: when, unless: unless, comparison: comparison, line: node.mark?.line ?? 0, link: link,
                    years: (from ?? Int.min)...(until ?? Int.max)))
        }
        if suggestions.isEmpty && issues.isEmpty { issues.add(line: nil, "geen suggesties; verwacht een lijst onder \"suggesties\"") }
        try issues.throwIfAny(rules: true)
        return suggestions
    }
}
