import ETEModel
import GRDB

extension StoreTransaction {
    /// Stores a municipality's survey of a year, replacing an earlier one; returns how many respondents that had.
    @discardableResult
    public func replace(_ survey: LocalSurvey) throws -> Int {
        let earlier =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(DISTINCT respondent) FROM local_survey_answer WHERE municipality_code = ? AND year = ?",
                arguments: [survey.municipality.rawValue, survey.year]) ?? 0
        try db.execute(
            sql: "DELETE FROM local_survey WHERE municipality_code = ? AND year = ?",
            arguments: [survey.municipality.rawValue, survey.year])
        try db.execute(
            sql: "INSERT INTO local_survey (municipality_code, year, invited, questionnaire) VALUES (?, ?, ?, ?)",
            arguments: [survey.municipality.rawValue, survey.year, survey.invited, survey.questionnaire])
        for (index, answers) in survey.respondents.enumerated() {
            for (question, answer) in answers {
                try db.execute(
                    sql: """
                        INSERT INTO local_survey_answer (municipality_code, year, respondent, question_id, answer, remark)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        survey.municipality.rawValue, survey.year, index + 1, question,
                        answer.values.joined(separator: LocalSurvey.storedSeparator), answer.remark,
                    ])
            }
        }
        return earlier
    }
}

extension StoreReader {
    /// A municipality's survey of a year, nil when none was imported.
    public func localSurvey(municipality: MunicipalityCode, year: Int) throws -> LocalSurvey? {
        let arguments: StatementArguments = [municipality.rawValue, year]
        guard
            let header = try db.checkedRows(
                "local_survey", sql: "SELECT * FROM local_survey WHERE municipality_code = ? AND year = ?", arguments: arguments
            ).first
        else { return nil }
        var respondents: [Int: [String: LocalSurvey.Answer]] = [:]
        for row in try db.checkedRows(
            "local_survey_answer", sql: "SELECT * FROM local_survey_answer WHERE municipality_code = ? AND year = ?", arguments: arguments)
        {
            let answer: String = try row.value("answer")
            respondents[try row.value("respondent"), default: [:]][try row.value("question_id")] = LocalSurvey.Answer(
                values: answer.components(separatedBy: LocalSurvey.storedSeparator), remark: try row.optional("remark"))
        }
        return LocalSurvey(
            municipality: municipality, year: year, invited: try header.optional("invited"),
            questionnaire: try header.value("questionnaire"),
            respondents: respondents.keys.sorted().map { respondents[$0]! })
    }
}
