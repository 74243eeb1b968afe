import ETEModel
import Foundation
import Yams

/// Reads the Stappenplan questionnaire (templates/stappenplan/vragenlijst.yaml, or a municipality's
/// own copy <CBS-code>.yaml with added statements). Every problem is reported with its place.
public enum LocalSurveyQuestionnaireFile {
    public static let folder = "stappenplan"
    public static let standardName = "vragenlijst.yaml"

    /// The municipality's own questionnaire when it has one, else the standard one.
    public static func url(templates: URL, municipality: MunicipalityCode) -> URL {
        let own = templates.appendingPathComponent(folder).appendingPathComponent("\(municipality.rawValue).yaml")
        return FileManager.default.fileExists(atPath: own.path)
            ? own : templates.appendingPathComponent(folder).appendingPathComponent(standardName)
    }

    public static func load(templates: URL, municipality: MunicipalityCode) throws -> LocalSurveyQuestionnaire {
        try load(url(templates: templates, municipality: municipality))
    }

    /// The questionnaire a stored survey names (`LocalSurvey.questionnaire`), from the templates folder.
    public static func load(templates: URL, named fileName: String) throws -> LocalSurveyQuestionnaire {
        try load(templates.appendingPathComponent(folder).appendingPathComponent(fileName))
    }

    private static func load(_ url: URL) throws -> LocalSurveyQuestionnaire {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ImportFailure(
                ImportIssue(file: "templates/\(folder)/\(url.lastPathComponent)", message: "de vragenlijst van het Stappenplan ontbreekt"),
                rules: true)
        }
        return try parse(try CSVReader.decodeText(url), fileName: "templates/\(folder)/\(url.lastPathComponent)")
    }

    public static func parse(_ text: String, fileName: String) throws -> LocalSurveyQuestionnaire {
        let issues = IssueCollector(file: fileName)
        let root = try YAMLDocument.root(text, fileName: fileName, expected: "een vragenlijst")
        let reader = NodeReader(issues: issues)
        let title = reader.string(root, "titel")
        let source = reader.string(root, "bron")
        let scale = reader.child(root, "stellingschaal").map { reader.options($0) } ?? []
        var questions: [LocalSurveyQuestionnaire.Question] = []
        if let list = reader.child(root, "vragen") {
            for node in list.array() {
                guard let question = reader.localQuestion(node, statementScale: scale) else { continue }
                if let earlier = questions.first(where: { $0.id == question.id }) {
                    issues.add(
                        line: node.mark?.line,
                        "vraag-id \(DutchText.quoted(question.id)) staat er al (vraag \(earlier.number)); verwacht elk id één keer"
                    )
                    continue
                }
                if let condition = question.askedWhen {
                    check(condition, of: question, against: questions, at: node["alleen_als"]?.mark?.line, issues: issues)
                }
                questions.append(question)
            }
        }
        try issues.throwIfAny(rules: true)
        return LocalSurveyQuestionnaire(title: title ?? "", source: source ?? "", questions: questions)
    }

    /// Routing may only look back, at a choice question, and name its options.
    private static func check(
        _ condition: AskCondition, of question: LocalSurveyQuestionnaire.Question, against earlier: [LocalSurveyQuestionnaire.Question],
        at line: Int?, issues: IssueCollector
    ) {
        guard let target = earlier.first(where: { $0.id == condition.questionID }) else {
            issues.add(
                line: line,
                "vraag \(question.number): alleen_als noemt \(DutchText.quoted(condition.questionID)); verwacht het id van een eerdere vraag"
            )
            return
        }
        for answer in condition.answers where !target.options.contains(where: { $0.code == answer }) {
            issues.add(
                line: line,
                "vraag \(question.number): \(DutchText.quoted(answer)) is geen antwoord op vraag \(target.number); verwacht "
                    + target.options.map(\.code).joined(separator: ", "))
        }
    }
}

extension NodeReader {
    func options(_ list: Node) -> [LocalSurveyQuestionnaire.Option] {
        list.array().compactMap { node in
            guard let code = code(node, "code"), let text = string(node, "tekst") else { return nil }
            // "ja" as the files say it; YAML itself knows only true/false.
            let flag = child(node, "toelichting", required: false)
            let takesText = flag?.bool ?? (flag?.string?.lowercased() == "ja")
            let shortText = string(node, "kort", required: false)
            return LocalSurveyQuestionnaire.Option(code: code, text: text, takesText: takesText, shortText: shortText)
        }
    }

    func localQuestion(_ node: Node, statementScale: [LocalSurveyQuestionnaire.Option]) -> LocalSurveyQuestionnaire.Question? {
        let start = issues.issues.count
        let id = string(node, "id")
        let number = string(node, "nummer")
        let part = string(node, "deel")
        let type = member(node, "type", of: LocalSurveyQuestionnaire.QuestionType.self, named: "vraagtype")
        let text = string(node, "tekst")
        var options = child(node, "opties", required: false).map(options) ?? []
        if type == .statement { options = statementScale }
        if type == .singleChoice || type == .multipleChoice, options.isEmpty {
            issues.add(line: node.mark?.line, "vraag \(number ?? id ?? "?") heeft geen opties; verwacht een lijst \"opties\"")
        }
        var condition: AskCondition?
        if let conditionNode = child(node, "alleen_als", required: false),
            let other = string(conditionNode, "vraag"), let answers = strings(conditionNode, "antwoord")
        {
            condition = AskCondition(questionID: other, answers: answers)
        }
        guard issues.issues.count == start, let id, let number, let part, let type, let text else { return nil }
        return LocalSurveyQuestionnaire.Question(
            id: id, number: number, part: part, type: type, text: text, options: options, askedWhen: condition)
    }
}
