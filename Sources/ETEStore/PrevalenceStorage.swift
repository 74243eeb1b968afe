import ETEModel
import GRDB

extension StoreTransaction {
    /// Stores one prevalence row, replacing the one of the same region, year and age group.
    public func upsert(_ prevalence: LonelinessPrevalence) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO loneliness_prevalence
                    (region_code, region_name, year, age_group, lonely, severely_lonely, emotionally_lonely, socially_lonely, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                prevalence.region.code, prevalence.regionName, prevalence.year, prevalence.ageGroup.rawValue, prevalence.lonely,
                prevalence.severelyLonely, prevalence.emotionallyLonely, prevalence.sociallyLonely, prevalence.source,
            ])
    }
}

extension StoreReader {
    /// Every prevalence row, by region, year and age group.
    public func lonelinessPrevalence() throws -> [LonelinessPrevalence] {
        let table = "loneliness_prevalence"
        return try db.checkedRows(table, sql: "SELECT * FROM \(table) ORDER BY region_code, year, age_group").map { row in
            let code: String = try row.value("region_code")
            guard let region = PrevalenceRegion(code: code) else {
                throw StoreError.corruptValue(table: table, column: "region_code", value: code, expected: "NL01 of een CBS-gemeentecode")
            }
            return LonelinessPrevalence(
                region: region, regionName: try row.value("region_name"), year: try row.value("year"),
                ageGroup: try row.member("age_group", of: PrevalenceAgeGroup.self), lonely: try row.optional("lonely"),
                severelyLonely: try row.optional("severely_lonely"), emotionallyLonely: try row.optional("emotionally_lonely"),
                sociallyLonely: try row.optional("socially_lonely"), source: try row.value("source"))
        }
    }
}
