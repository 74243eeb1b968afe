import ETEModel

/// Stores a questionnaire definition (YAML) for its year. A year that already has answers
/// keeps them only when every answered question still exists; otherwise the import is refused.
enum QuestionnaireImporter {
    static func run(_ request: ImportRequest, into store: Store) throws -> ImportSummary {
        let questionnaire = try QuestionnaireFile.load(request.file)
        let fileName = request.file.lastPathComponent
        if let year = request.year, year != questionnaire.year {
            throw ImportFailure(
                ImportIssue(file: fileName, message: "de vragenlijst is voor \(questionnaire.year), maar --year is \(year)"))
        }
        return try store.write { transaction in
            let answered = Set(try transaction.reader.benchmarkResponses(year: questionnaire.year).flatMap(\.answers.keys))
            let missing = answered.subtracting(questionnaire.questions.map(\.id)).sorted()
            if !missing.isEmpty {
                throw ImportFailure(
                    ImportIssue(
                        file: fileName,
                        message:
                            "er zijn al antwoorden op vragen die in deze vragenlijst ontbreken: \(missing.joined(separator: ", ")); voeg ze weer toe of importeer eerst de benchmark opnieuw"
                    ))
            }
            try transaction.replaceQuestionnaire(questionnaire)
            try transaction.logImport(
                kind: ImportKind.questionnaire.rawValue, file: fileName, year: questionnaire.year,
                rows: questionnaire.questions.count)
            return ImportSummary(
                kind: .questionnaire, fileName: fileName, rows: questionnaire.questions.count,
                notes: ["vragenlijst \(questionnaire.year): \(questionnaire.questions.count) vragen"])
        }
    }
}
