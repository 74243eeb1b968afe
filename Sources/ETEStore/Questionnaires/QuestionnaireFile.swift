import ETEModel
import Foundation
import Yams

/// Reads a benchmark questionnaire definition (YAML, Dutch keys) as policy staff write it
/// in templates/benchmark/<jaar>.yaml. Every problem is reported with file, line and column.
///
///     jaar: 2024
///     titel: Benchmark lokaal eenzaamheidsbeleid 2024
///     vragen:
///       - id: p1_wethouder_actief
///         pijler: 1
///         type: ja_nee            # ja_nee | enkelvoudig | meervoudig | likert | getal
///         label: Wethouder zet zich actief in
///         tekst: Zet de wethouder zich actief in om eenzaamheid te verminderen en te voorkomen?
///         positief: [ja]          # answers that count as positive (default for ja_nee: [ja])
///         score: true             # counts towards the pillar score (default true)
///         alleen_als: {vraag: p2_lokale_coalitie, antwoord: [ja]}
///         opties: [{code: bibliotheek, tekst: Bibliotheek, ook: [Openbare bibliotheek]}]   # ook: earlier labels
///         min: 0
///         max: 1000
///         gegeven: lokale_coalitie   # a positive answer states this fact of the municipality data (ete check compares)
public enum QuestionnaireFile {
    public static func load(_ url: URL) throws -> Questionnaire {
        var questionnaire = try parse(try CSVReader.decodeText(url), fileName: url.lastPathComponent)
        questionnaire.source = url.lastPathComponent
        return questionnaire
    }

    public static func parse(_ text: String, fileName: String) throws -> Questionnaire {
        let issues = IssueCollector(file: fileName)
        let root = try YAMLDocument.root(text, fileName: fileName, expected: "een vragenlijst")
        let reader = NodeReader(issues: issues)
        let year = reader.int(root, "jaar", in: ProgrammeYears.range)
        let title = reader.string(root, "titel")
        var questions: [Question] = []
        var places: [Mark?] = []
        if let list = reader.child(root, "vragen") {
            if list.array().isEmpty { issues.add(line: list.mark?.line, "\"vragen\" is leeg; verwacht minstens één vraag") }
            for node in list.array() {
                guard let question = reader.question(node) else { continue }
                questions.append(question)
                places.append(node.mark)
            }
        }
        // A missing year or title has already been recorded as an issue.
        let questionnaire = Questionnaire(year: year ?? 0, title: title ?? "", questions: questions)
        for problem in questionnaire.definitionProblemsByQuestion() {
            let place = places[problem.position]
            issues.add(line: place?.line, column: place?.column, problem.message)
        }
        try issues.throwIfAny()
        return questionnaire
    }
}

extension NodeReader {
    func question(_ node: Node) -> Question? {
        let start = issues.issues.count
        let id = code(node, "id")
        let pillarNumber = int(node, "pijler", in: 1...5)
        let type = member(node, "type", of: AnswerType.self, named: "vraagtype")
        let text = string(node, "tekst")
        let label = string(node, "label", required: false) ?? id
        var options: [AnswerOption] = []
        if let list = child(node, "opties", required: false) {
            for option in list.array() {
                if let code = code(option, "code"), let text = string(option, "tekst") {
                    options.append(AnswerOption(code: code, text: text, alsoKnownAs: strings(option, "ook")))
                }
            }
        }
        let counted = strings(node, "positief") ?? (type == .yesNo ? ["ja"] : [])
        let scored = child(node, "score", required: false)?.bool ?? (type != .number && type != .multipleChoice)
        var condition: AskCondition?
        if let conditionNode = child(node, "alleen_als", required: false),
            let other = string(conditionNode, "vraag"), let answers = strings(conditionNode, "antwoord")
        {
            condition = AskCondition(questionID: other, answers: answers)
        }
        let minimum = number(node, "min")
        let maximum = number(node, "max")
        let fact = member(node, "gegeven", of: ReportedFact.self, named: "gegeven", required: false)
        guard issues.issues.count == start, let id, let pillarNumber, let type, let text, let label,
            let pillar = Pillar(rawValue: pillarNumber)
        else { return nil }
        return Question(
            id: id, text: text, label: label, pillar: pillar, type: type, options: options,
            countedAnswers: counted, scored: scored, askedIf: condition, minimum: minimum, maximum: maximum, reports: fact)
    }
}
