import ETEModel
import GRDB

extension StoreTransaction {
    /// Stores the staff text of a municipality's local factsheet, replacing an earlier one.
    public func replace(_ text: LocalSurveyText) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO local_survey_text (municipality_code, year, meeting_date, introduction, summary, fictitious)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                text.municipality.rawValue, text.year, text.meetingDate?.description, text.introduction.joined(separator: "\n\n"),
                text.summary.joined(separator: "\n\n"), text.fictitious,
            ])
    }
}

extension StoreReader {
    /// The staff text of a municipality's local factsheet of a year, nil when none was imported.
    public func localSurveyText(municipality: MunicipalityCode, year: Int) throws -> LocalSurveyText? {
        let table = "local_survey_text"
        guard
            let row = try db.checkedRows(
                table, sql: "SELECT * FROM \(table) WHERE municipality_code = ? AND year = ?", arguments: [municipality.rawValue, year]
            ).first
        else { return nil }
        func paragraphs(_ column: String) throws -> [String] {
            let text: String = try row.value(column)
            return text.isEmpty ? [] : text.components(separatedBy: "\n\n")
        }
        return LocalSurveyText(
            municipality: municipality, year: year, meetingDate: try row.optionalDay("meeting_date"),
            introduction: try paragraphs("introduction"), summary: try paragraphs("summary"), fictitious: try row.value("fictitious"))
    }
}
