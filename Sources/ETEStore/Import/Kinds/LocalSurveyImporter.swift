import ETEModel
import Foundation

/// A Stappenplan survey as a survey tool exports it: one row per respondent, one column per
/// question (its id or its number on the form, "4a"), answers as option codes or option texts
/// (several for a multiple-choice question, between "|" or ";"), and the "namelijk" text of an
/// option in a column `<id>_namelijk`. Checked against the municipality's questionnaire, with its
/// routing; replaces that municipality's survey of the year.
struct LocalSurveyImporter: CSVImporter {
    static let columns: [ColumnSpec] = [.optional("respondent", "respondentnummer", "id")]
    static let remarkSuffixes = ["_namelijk", "_anders", "_toelichting"]

    /// Which question (and whether its remark) a header names.
    static func column(
        _ header: String, in questionnaire: LocalSurveyQuestionnaire
    ) -> (question: LocalSurveyQuestionnaire.Question, isRemark: Bool)? {
        let name = header.trimmingCharacters(in: .whitespaces)
        func question(_ key: String) -> LocalSurveyQuestionnaire.Question? {
            questionnaire.questions.first { $0.id == key || $0.number.lowercased() == key.lowercased() }
        }
        if let found = question(name) { return (found, false) }
        for suffix in remarkSuffixes where name.hasSuffix(suffix) {
            if let found = question(String(name.dropLast(suffix.count))) { return (found, true) }
        }
        return nil
    }

    /// Every further column is a question, checked in `run` once the municipality's questionnaire is read.
    func table(_ document: CSVDocument, _ context: ImportContext) -> CSVTable {
        CSVTable(document, columns: Self.columns, issues: context.issues) { _ in true }
    }

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        let empty = ImportSummary(kind: .localSurvey, fileName: context.fileName, rows: 0)
        guard let year = context.year, let municipality = context.municipality else { return empty }
        guard let templates = context.request.templatesDirectory else {
            context.issues.add(
                line: nil,
                "de map templates met de vragenlijst van het Stappenplan is niet gevonden; geef die op met --templates of ETE_TEMPLATES")
            return empty
        }
        // The municipality's own questionnaire when it has one, else the standard one.
        let questionnaire = try LocalSurveyQuestionnaireFile.load(templates: templates, municipality: municipality.code)
        let fileName = LocalSurveyQuestionnaireFile.url(templates: templates, municipality: municipality.code).lastPathComponent
        let columns = table.document.header.enumerated().compactMap { index, field in
            Self.column(field.value, in: questionnaire).map { (index: index, question: $0.question, isRemark: $0.isRemark) }
        }
        checkHeader(table, questionnaire: questionnaire, issues: context.issues)
        var respondents: [[String: LocalSurvey.Answer]] = []
        for record in table.document.records {
            func field(_ index: Int) -> CSVField {
                index < record.fields.count ? record.fields[index] : CSVField(value: "", line: record.line, column: index + 1)
            }
            var answers: [String: LocalSurvey.Answer] = [:]
            var places: [String: CSVField] = [:]
            for column in columns where !column.isRemark {
                let cell = field(column.index)
                let text = cell.value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty, let values = Self.values(text, for: column.question, at: cell, issues: context.issues) else {
                    continue
                }
                answers[column.question.id] = LocalSurvey.Answer(values: values)
                places[column.question.id] = cell
            }
            for column in columns where column.isRemark {
                let cell = field(column.index)
                let text = cell.value.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                let question = column.question
                guard let answer = answers[question.id],
                    answer.values.contains(where: { code in question.options.contains { $0.code == code && $0.takesText } })
                else {
                    let options = question.options.filter(\.takesText).map { DutchText.quoted($0.text) }.joined(separator: " of ")
                    context.issues.add(
                        line: cell.line, column: cell.column,
                        "tekst bij vraag \(question.number), maar \(options.isEmpty ? "die vraag heeft geen 'namelijk'-antwoord" : "\(options) is niet gekozen")"
                    )
                    continue
                }
                answers[question.id] = LocalSurvey.Answer(values: answer.values, remark: text)
            }
            Self.checkRouting(answers, places: places, questionnaire: questionnaire, issues: context.issues)
            respondents.append(answers)
        }
        if let invited = context.request.invited, invited < respondents.count {
            context.issues.add(
                line: nil,
                "--uitgenodigd is \(invited), maar het bestand heeft \(respondents.count) respondenten; verwacht minstens zoveel uitgenodigden"
            )
        }
        guard context.issues.isEmpty else { return empty }
        let replaced = try context.transaction.replace(
            LocalSurvey(
                municipality: municipality.code, year: year, invited: context.request.invited, questionnaire: fileName,
                respondents: respondents))
        var summary = ImportSummary(kind: .localSurvey, fileName: context.fileName, rows: respondents.count)
        summary.notes.append("enquête van \(municipality.name) over \(year), vragenlijst \(fileName)")
        if replaced > 0 { summary.notes.append("\(replaced) eerdere respondenten van \(municipality.name) over \(year) vervangen") }
        return summary
    }

    /// Every column besides the respondent's must name a question of the questionnaire.
    private func checkHeader(_ table: CSVTable, questionnaire: LocalSurveyQuestionnaire, issues: IssueCollector) {
        let ids = questionnaire.questions.map(\.id)
        for (index, field) in table.document.header.enumerated()
        where table.columnIndex["respondent"] != index && Self.column(field.value, in: questionnaire) == nil {
            var message = "onbekende kolom \(DutchText.quoted(field.value)); verwacht een vraag-id of vraagnummer van de vragenlijst"
            if let guess = DutchText.suggestion(for: field.value, among: ids) { message += " — bedoelde u \"\(guess)\"?" }
            issues.add(line: field.line, column: field.column, message)
        }
    }

    /// The option codes an answer names (an open question keeps its text), or nil after reporting why not.
    static func values(
        _ text: String, for question: LocalSurveyQuestionnaire.Question, at cell: CSVField, issues: IssueCollector
    ) -> [String]? {
        guard question.type != .open else { return [text] }
        let parts =
            question.type == .multipleChoice
            ? text.split(whereSeparator: { $0 == "|" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            : [text]
        var codes: [String] = []
        for part in parts {
            guard let option = question.option(matching: part) else {
                let several = question.type != .multipleChoice && (part.contains("|") || part.contains(";"))
                let hint = several ? " (één antwoord; meerdere kan alleen bij een meerkeuzevraag)" : ""
                issues.add(
                    line: cell.line, column: cell.column,
                    "onbekend antwoord \(DutchText.quoted(part)) op vraag \(question.number)\(hint); verwacht een van: "
                        + question.options.map(\.code).joined(separator: ", "))
                return nil
            }
            if !codes.contains(option.code) { codes.append(option.code) }
        }
        return codes
    }

    /// A question answered although the routing skips it is reported at its cell.
    static func checkRouting(
        _ answers: [String: LocalSurvey.Answer], places: [String: CSVField], questionnaire: LocalSurveyQuestionnaire,
        issues: IssueCollector
    ) {
        let given = answers.mapValues { $0.values.joined(separator: "|") }
        for question in questionnaire.questions {
            guard let condition = question.askedWhen, answers[question.id] != nil, !condition.holds(given: given),
                let cell = places[question.id], let earlier = questionnaire.question(condition.questionID)
            else { continue }
            let allowed = condition.answers.compactMap { code -> String? in
                earlier.options.first { $0.code == code }.map { DutchText.quoted($0.text) }
            }
            let actual = answers[earlier.id].map { "hier: " + $0.values.joined(separator: ", ") } ?? "hier onbeantwoord"
            issues.add(
                line: cell.line, column: cell.column,
                "vraag \(question.number) is beantwoord, maar wordt alleen gesteld bij \(DutchPhrase.list(allowed, conjunction: "of")) op vraag \(earlier.number) (\(actual)); verwacht een lege cel"
            )
        }
    }
}
