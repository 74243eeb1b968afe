import ETEModel
import Foundation
import GRDB

/// Typed read access to the store.
public struct StoreReader {
    let db: Database

    public func datasetInfo(_ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM dataset_info WHERE key = ?", arguments: [key])
    }

    /// True when the store holds the fictitious demo dataset.
    public func isDemoData() throws -> Bool { try datasetInfo(DatasetKeys.demo) == "1" }

    public func municipalities() throws -> [Municipality] {
        try Row.fetchAll(db, sql: "SELECT * FROM municipality ORDER BY code").map { row in
            Municipality(code: try code(row, "code", in: "municipality"), name: row["name"], province: row["province"],
                         population: row["population"], joinedOn: try day(row, "joined_on", in: "municipality"),
                         localCoalitionSince: try day(row, "local_coalition_since", in: "municipality"), adviser: row["adviser"])
        }
    }

    /// Residents per municipality per year.
    public func populations() throws -> PopulationTable {
        var counts: [MunicipalityCode: [Int: Int]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT municipality_code, year, population FROM municipality_population") {
            guard let code = MunicipalityCode(row["municipality_code"]) else { continue }
            counts[code, default: [:]][row["year"]] = row["population"]
        }
        return PopulationTable(counts: counts)
    }

    public func actions() throws -> [Action] {
        try Row.fetchAll(db, sql: "SELECT * FROM action ORDER BY id").map { row in
            Action(id: row["id"], title: row["title"], pillar: (row["pillar"] as Int?).flatMap(Pillar.init(rawValue:)))
        }
    }

    public func actionStatuses(year: Int) throws -> [ActionYearStatus] {
        try Row.fetchAll(db, sql: "SELECT * FROM action_status WHERE year = ? ORDER BY action_id", arguments: [year]).map { row in
            ActionYearStatus(actionID: row["action_id"], year: row["year"], actionLineID: row["action_line_id"],
                             status: ActionStatus(rawValue: row["status"]) ?? .planned, resultText: row["result_text"])
        }
    }

    /// Every action line of every period, by first year and number.
    public func actionLines() throws -> [ActionLine] {
        try Row.fetchAll(db, sql: "SELECT * FROM action_line ORDER BY first_year, number").map { row in
            ActionLine(number: row["number"], title: row["title"], firstYear: row["first_year"],
                       lastYear: row["last_year"], template: row["template"])
        }
    }

    /// Per year and line: how many action statuses name a line that is not valid in that year.
    public func actionStatusesOutsideTheirLine() throws -> [(year: Int, lineID: String, count: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT s.year, s.action_line_id, COUNT(*) AS n FROM action_status s JOIN action_line l ON l.id = s.action_line_id
            WHERE s.year < l.first_year OR (l.last_year IS NOT NULL AND s.year > l.last_year)
            GROUP BY s.year, s.action_line_id ORDER BY s.year, s.action_line_id
            """).map { (year: $0["year"], lineID: $0["action_line_id"], count: $0["n"]) }
    }

    public func actionStatusYears() throws -> [Int] {
        try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM action_status ORDER BY year")
    }

    public func coalitionPartners() throws -> [CoalitionPartner] {
        let groups = try Row.fetchAll(db, sql: "SELECT partner_id, risk_group FROM partner_risk_group ORDER BY risk_group")
        var byPartner: [Int64: [RiskGroup]] = [:]
        for row in groups {
            if let group = RiskGroup(rawValue: row["risk_group"]) { byPartner[row["partner_id"], default: []].append(group) }
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM coalition_partner ORDER BY joined_on, name").map { row in
            CoalitionPartner(name: row["name"], sector: row["sector"], joinedOn: try requiredDay(row, "joined_on", in: "coalition_partner"),
                             leftOn: try day(row, "left_on", in: "coalition_partner"), riskGroups: byPartner[row["id"]] ?? [])
        }
    }

    public func campaigns() throws -> [Campaign] {
        try Row.fetchAll(db, sql: "SELECT * FROM campaign ORDER BY id").map {
            Campaign(id: $0["id"], name: $0["name"], audience: $0["audience"])
        }
    }

    public func campaignMeasurements() throws -> [CampaignMeasurement] {
        try Row.fetchAll(db, sql: "SELECT * FROM campaign_measurement ORDER BY campaign_id, year, wave, metric").map { row in
            CampaignMeasurement(campaignID: row["campaign_id"], wave: row["wave"], year: row["year"],
                                metric: row["metric"], label: row["label"], percentage: row["percentage"],
                                target: row["target"])
        }
    }

    public func weekEdition(year: Int) throws -> WeekEdition? {
        try Row.fetchOne(db, sql: "SELECT * FROM week_edition WHERE year = ?", arguments: [year]).map { row in
            WeekEdition(year: row["year"], startDate: try requiredDay(row, "start_date", in: "week_edition"), endDate: try requiredDay(row, "end_date", in: "week_edition"),
                        openingDate: try day(row, "opening_date", in: "week_edition"), openingParticipants: row["opening_participants"],
                        theme: row["theme"])
        }
    }

    public func weekRegistrations(year: Int) throws -> [WeekRegistration] {
        try Row.fetchAll(db, sql: "SELECT * FROM week_registration WHERE year = ? ORDER BY id", arguments: [year]).map { row in
            WeekRegistration(year: row["year"], organiser: row["organiser"],
                             municipality: (row["municipality_code"] as String?).flatMap(MunicipalityCode.init),
                             date: try requiredDay(row, "date", in: "week_registration"), activityType: row["activity_type"],
                             komErbijPackage: row["kom_erbij"], participants: row["participants"])
        }
    }

    public func letterYears() throws -> [Int] {
        try Int.fetchAll(db, sql: "SELECT year FROM letter ORDER BY year")
    }

    public func letterText(year: Int) throws -> LetterText? {
        guard let json = try String.fetchOne(db, sql: "SELECT metadata FROM letter WHERE year = ?", arguments: [year]) else { return nil }
        let metadata = try JSONDecoder().decode(LetterMetadata.self, from: Data(json.utf8))
        let rows = try Row.fetchAll(db, sql: "SELECT key, markdown FROM letter_passage WHERE year = ?", arguments: [year])
        return LetterText(year: year, metadata: metadata, passages: Dictionary(uniqueKeysWithValues: rows.map { ($0["key"], $0["markdown"]) }))
    }

    public func questionnaireYears() throws -> [Int] {
        try Int.fetchAll(db, sql: "SELECT year FROM questionnaire ORDER BY year")
    }

    public func questionnaire(year: Int) throws -> Questionnaire? {
        guard let row = try Row.fetchOne(db, sql: "SELECT title, source FROM questionnaire WHERE year = ?", arguments: [year]) else {
            return nil
        }
        let title: String = row["title"], source: String? = row["source"]
        let decoder = JSONDecoder()
        let questions = try String.fetchAll(db, sql: "SELECT definition FROM question WHERE year = ? ORDER BY position",
                                            arguments: [year]).map { try decoder.decode(Question.self, from: Data($0.utf8)) }
        return Questionnaire(year: year, title: title, questions: questions, source: source)
    }

    public func benchmarkResponses(year: Int) throws -> [BenchmarkResponse] {
        let codes = try String.fetchAll(db, sql: "SELECT municipality_code FROM benchmark_response WHERE year = ? ORDER BY municipality_code",
                                        arguments: [year])
        var answers: [String: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT municipality_code, question_id, value FROM benchmark_answer WHERE year = ?",
                                    arguments: [year]) {
            answers[row["municipality_code"], default: [:]][row["question_id"]] = row["value"]
        }
        return try codes.map { text in
            guard let code = MunicipalityCode(text) else { throw StoreError.corruptValue(table: "benchmark_response", column: "municipality_code", value: text, expected: Self.codeShape) }
            return BenchmarkResponse(year: year, municipality: code, answers: answers[text] ?? [:])
        }
    }

    /// The publications of a benchmark year, oldest first.
    public func benchmarkReleases(year: Int) throws -> [BenchmarkRelease] {
        // A write-protected store made before releases were kept has no table for them, and no releases.
        guard try db.tableExists("benchmark_release") else { return [] }
        return try Row.fetchAll(db, sql: "SELECT number, published_on FROM benchmark_release WHERE year = ? ORDER BY number", arguments: [year]).map { row in
            let number: Int = row["number"]
            var members: [String: [String: Set<MunicipalityCode>]] = [:], withheld: [String: [String: Set<String>]] = [:]
            for member in try Row.fetchAll(db, sql: "SELECT partition, grp, municipality_code FROM benchmark_release_member WHERE year = ? AND number = ?",
                                           arguments: [year, number]) {
                guard let code = MunicipalityCode(member["municipality_code"]) else { continue }
                members[member["partition"], default: [:]][member["grp"], default: []].insert(code)
            }
            for figure in try Row.fetchAll(db, sql: "SELECT partition, grp, figure FROM benchmark_release_withheld WHERE year = ? AND number = ?",
                                           arguments: [year, number]) {
                withheld[figure["partition"], default: [:]][figure["grp"], default: []].insert(figure["figure"])
            }
            return BenchmarkRelease(year: year, number: number, publishedOn: try requiredDay(row, "published_on", in: "benchmark_release"),
                                    members: members, withheld: withheld)
        }
    }

    public func signallingCoverage() throws -> [SignallingCoverage] {
        try Row.fetchAll(db, sql: "SELECT * FROM signalling_coverage ORDER BY network, municipality_code").map { row in
            SignallingCoverage(network: row["network"], municipality: try code(row, "municipality_code", in: "signalling_coverage"),
                               since: try requiredDay(row, "since", in: "signalling_coverage"))
        }
    }

    public func signallingReports(year: Int) throws -> [SignallingReports] {
        try Row.fetchAll(db, sql: "SELECT * FROM signalling_reports WHERE year = ? ORDER BY network, municipality_code",
                         arguments: [year]).map { row in
            SignallingReports(network: row["network"], municipality: try code(row, "municipality_code", in: "signalling_reports"),
                              year: row["year"], reports: row["reports"])
        }
    }

    public func programmeFigures(year: Int) throws -> [ProgrammeFigure] {
        try Row.fetchAll(db, sql: "SELECT * FROM programme_figure WHERE year = ? ORDER BY key", arguments: [year]).map { row in
            ProgrammeFigure(year: row["year"], key: row["key"], value: row["value"], label: row["label"], source: row["source"])
        }
    }

    static let dayShape = "een datum als 2024-09-26", codeShape = "een CBS-gemeentecode als GM0363"

    /// An optional date column: NULL is no date; anything else must be a date ete wrote.
    private func day(_ row: Row, _ column: String, in table: String) throws -> Day? {
        guard let text: String = row[column] else { return nil }
        guard let day = Day(parsing: text) else { throw StoreError.corruptValue(table: table, column: column, value: text, expected: Self.dayShape) }
        return day
    }

    private func requiredDay(_ row: Row, _ column: String, in table: String) throws -> Day {
        guard let day = try day(row, column, in: table) else { throw StoreError.corruptValue(table: table, column: column, value: "", expected: Self.dayShape) }
        return day
    }

    private func code(_ row: Row, _ column: String, in table: String) throws -> MunicipalityCode {
        let text: String = row[column] ?? ""
        guard let code = MunicipalityCode(text) else { throw StoreError.corruptValue(table: table, column: column, value: text, expected: Self.codeShape) }
        return code
    }
}

/// Keys of the dataset_info table.
public enum DatasetKeys {
    /// "1" when the store holds the fictitious demo data.
    public static let demo = "demo"
    public static let demoSeed = "demo_seed"
}
