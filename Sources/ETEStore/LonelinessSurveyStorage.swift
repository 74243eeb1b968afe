import ETEModel
import GRDB

extension StoreTransaction {
    /// Removes a municipality's survey of a year (before a new import of it); returns how many respondents.
    public func deleteLonelinessSurvey(municipality: MunicipalityCode, year: Int) throws -> Int {
        try db.execute(
            sql: "DELETE FROM loneliness_survey_response WHERE municipality_code = ? AND year = ?",
            arguments: [municipality.rawValue, year])
        return db.changesCount
    }

    public func insert(_ response: LonelinessSurveyResponse) throws {
        var arguments: [(any DatabaseValueConvertible)?] = [response.municipality.rawValue, response.year, response.respondent]
        arguments += (1...11).map { response.answers[$0]?.rawValue }
        arguments.append(response.weight)
        try db.execute(
            sql: """
                INSERT INTO loneliness_survey_response (municipality_code, year, respondent, \
                \((1...11).map { "item_\($0)" }.joined(separator: ", ")), weight)
                VALUES (\(Array(repeating: "?", count: 15).joined(separator: ", ")))
                """,
            arguments: StatementArguments(arguments))
    }
}

extension StoreReader {
    /// A municipality's survey responses of a year, in respondent order.
    public func lonelinessSurvey(municipality: MunicipalityCode, year: Int) throws -> [LonelinessSurveyResponse] {
        let table = "loneliness_survey_response"
        return try db.checkedRows(
            table, sql: "SELECT * FROM \(table) WHERE municipality_code = ? AND year = ? ORDER BY respondent",
            arguments: [municipality.rawValue, year]
        ).map { row in
            var answers: [Int: LonelinessScale.Answer] = [:]
            for item in 1...11 {
                guard let text: String = try row.optional("item_\(item)") else { continue }
                guard let answer = LonelinessScale.Answer(rawValue: text) else {
                    throw StoreError.corruptValue(table: table, column: "item_\(item)", value: text, expected: "ja, min of meer of nee")
                }
                answers[item] = answer
            }
            return LonelinessSurveyResponse(
                municipality: municipality, year: year, respondent: try row.value("respondent"), answers: answers,
                weight: try row.value("weight"))
        }
    }
}
