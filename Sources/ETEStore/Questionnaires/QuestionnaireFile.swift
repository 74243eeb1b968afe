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
///         opties: [{code: bibliotheek, tekst: Bibliotheek}]
///         min: 0
///         max: 1000
public enum QuestionnaireFile {
    public static func load(_ url: URL) throws -> Questionnaire {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ImportFailure(ImportIssue(file: url.path, message: "bestand niet gevonden of niet leesbaar"))
        }
        let text = try CSVReader.decode(data, fileName: name)
        return try parse(text, fileName: name)
    }

    public static func parse(_ text: String, fileName: String) throws -> Questionnaire {
        let issues = IssueCollector(file: fileName)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ImportFailure(ImportIssue(file: fileName, message: "bestand is leeg; verwacht een vragenlijst"))
            }
            root = node
        } catch let error as YamlError {
            throw ImportFailure(syntaxIssue(error, fileName: fileName))
        }
        let reader = NodeReader(issues: issues)
        let year = reader.int(root, "jaar", in: ProgrammeYears.range)
        let title = reader.string(root, "titel")
        var questions: [Question] = []
        if let list = reader.child(root, "vragen") {
            if list.array().isEmpty { issues.add(line: list.mark?.line, "\"vragen\" is leeg; verwacht minstens één vraag") }
            for node in list.array() {
                if let question = reader.question(node) { questions.append(question) }
            }
        }
        // A missing year or title has already been recorded as an issue.
        let questionnaire = Questionnaire(year: year ?? 0, title: title ?? "", questions: questions)
        for problem in questionnaire.definitionProblems() { issues.add(line: nil, problem) }
        try issues.throwIfAny()
        return questionnaire
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

/// Typed access to YAML nodes that records located Dutch problems.
private struct NodeReader {
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

    func question(_ node: Node) -> Question? {
        let start = issues.issues.count
        let id = string(node, "id")
        let pillarNumber = int(node, "pijler", in: 1...5)
        let typeText = string(node, "type")
        let type = typeText.flatMap(AnswerType.init(rawValue:))
        if let typeText, type == nil {
            let mark = node["type"]?.mark
            issues.add(line: mark?.line, column: mark?.column,
                       "onbekend vraagtype \"\(typeText)\"; verwacht " + AnswerType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let text = string(node, "tekst")
        let label = string(node, "label", required: false) ?? id
        var options: [AnswerOption] = []
        if let list = child(node, "opties", required: false) {
            for option in list.array() {
                if let code = string(option, "code"), let text = string(option, "tekst") {
                    options.append(AnswerOption(code: code, text: text))
                }
            }
        }
        let counted = strings(node, "positief") ?? (type == .yesNo ? ["ja"] : [])
        let scored = child(node, "score", required: false)?.bool ?? (type != .number && type != .multipleChoice)
        var condition: AskCondition?
        if let conditionNode = child(node, "alleen_als", required: false),
           let other = string(conditionNode, "vraag"), let answers = strings(conditionNode, "antwoord") {
            condition = AskCondition(questionID: other, answers: answers)
        }
        let minimum = number(node, "min"), maximum = number(node, "max")
        guard issues.issues.count == start, let id, let pillarNumber, let type, let text, let label,
              let pillar = Pillar(rawValue: pillarNumber) else { return nil }
        return Question(id: id, text: text, label: label, pillar: pillar, type: type, options: options,
                        countedAnswers: counted, scored: scored, askedIf: condition, minimum: minimum, maximum: maximum)
    }
}
