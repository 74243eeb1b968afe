import ETEModel
import Foundation

/// Benchmark answers in wide format: one row per municipality, one column per question id
/// of that year's questionnaire. Re-importing a year replaces its earlier answers.
struct BenchmarkImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("gemeente", "gemeentecode", "gemeentenaam", "code", "naam", "municipality"), .optional("jaar"),
    ]

    /// The questionnaire of the import's year, loaded from the templates folder when the store has none yet.
    func questionnaire(_ context: ImportContext) throws -> Questionnaire? {
        guard let year = context.year else { return nil }
        if let stored = try context.transaction.reader.questionnaire(year: year) { return stored }
        if let folder = context.request.templatesDirectory {
            let file = folder.appendingPathComponent("benchmark/\(year).yaml")
            if FileManager.default.fileExists(atPath: file.path) {
                let loaded = try QuestionnaireFile.load(file)
                try context.transaction.replaceQuestionnaire(loaded)
                return loaded
            }
        }
        context.issues.add(
            line: nil,
            "er is geen vragenlijst voor \(year); maak templates/benchmark/\(year).yaml of importeer er een met 'ete import vragenlijst BESTAND'"
        )
        return nil
    }

    /// Header check: every column besides gemeente/jaar must be a question id of the year.
    func table(_ document: CSVDocument, _ context: ImportContext) throws -> CSVTable {
        let questionnaire = try questionnaire(context)
        let ids = questionnaire?.questions.map(\.id) ?? []
        return CSVTable(document, columns: Self.columns, issues: context.issues) { field in
            if ids.contains(field.value.trimmingCharacters(in: .whitespaces)) || questionnaire == nil { return true }
            var message = "onbekende vraag-id \(DutchText.quoted(field.value)) in de vragenlijst \(context.year ?? 0)"
            if let guess = DutchText.suggestion(for: field.value, among: ids) { message += " — bedoelde u \"\(guess)\"?" }
            context.issues.add(line: field.line, column: field.column, message)
            return true
        }
    }

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        guard let year = context.year, let questionnaire = try context.transaction.reader.questionnaire(year: year) else {
            return ImportSummary(kind: .benchmark, fileName: context.fileName, rows: 0)
        }
        // Option labels of other benchmark years count too: a renamed label is matched through the questionnaires.
        let otherYears = try context.transaction.reader.questionnaireYears().filter { $0 != year }
            .compactMap { try context.transaction.reader.questionnaire(year: $0) }
        let questionColumns = table.document.header.compactMap { field -> (Question, Int)? in
            questionnaire.question(field.value.trimmingCharacters(in: .whitespaces)).map { question in
                (question.acceptingLabels(from: otherYears.compactMap { $0.question(question.id) }), field.column - 1)
            }
        }
        var seen = DuplicateGuard<MunicipalityCode>()
        var responses: [BenchmarkResponse] = []
        for row in table.rows {
            if let fileYear = row.year("jaar"), fileYear != year {
                row.report("jaar", "jaar \(fileYear) hoort niet bij deze import; verwacht \(year) (zoals --year)")
            }
            guard let municipality = row.municipality("gemeente", resolver: context.municipalities, required: true),
                seen.admit(municipality.code, row: row, column: "gemeente", what: "gemeente \(municipality.name)")
            else { continue }
            let answers = parseAnswers(row, questionColumns)
            checkRouting(answers, row: row, questionnaire: questionnaire, questionColumns: questionColumns)
            responses.append(BenchmarkResponse(year: year, municipality: municipality.code, answers: answers))
        }
        guard context.issues.isEmpty else { return ImportSummary(kind: .benchmark, fileName: context.fileName, rows: 0) }
        let replaced = try context.transaction.deleteBenchmarkResponses(year: year)
        for response in responses { try context.transaction.insert(response) }
        var summary = ImportSummary(kind: .benchmark, fileName: context.fileName, rows: responses.count)
        if replaced > 0 { summary.notes.append("\(replaced) eerdere antwoorden van \(year) vervangen") }
        return summary
    }

    private func parseAnswers(_ row: CSVRow, _ columns: [(Question, Int)]) -> [String: String] {
        var answers: [String: String] = [:]
        for (question, index) in columns {
            let field = index < row.record.fields.count ? row.record.fields[index] : nil
            guard let field, !field.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            switch question.parseAnswer(field.value) {
            case .success(let value): answers[question.id] = value.canonical
            case .failure(let problem):
                row.table.issues.add(
                    line: field.line, column: field.column,
                    "\(DutchText.quoted(field.value)) is geen geldig antwoord op \(question.id); verwacht \(problem.expected)")
            }
        }
        return answers
    }

    /// A routed question (e.g. coalition members) may only be answered when its condition holds.
    private func checkRouting(
        _ answers: [String: String], row: CSVRow, questionnaire: Questionnaire,
        questionColumns: [(Question, Int)]
    ) {
        for (question, index) in questionColumns {
            guard answers[question.id] != nil, !question.applies(given: answers), let condition = question.askedIf else { continue }
            let given = answers[condition.questionID]
            row.table.issues.add(
                line: row.line, column: index + 1,
                "\(question.id) is ingevuld, maar hoort alleen beantwoord te worden als \(condition.questionID) = \(condition.answers.joined(separator: " of ")) (nu: \(given ?? "leeg"))"
            )
        }
    }
}
