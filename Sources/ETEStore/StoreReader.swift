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

    /// Every municipality the store knows, also those that have ended (see `Municipality.exists(in:)`).
    public func municipalities() throws -> [Municipality] {
        try db.checkedRows("municipality", sql: "SELECT * FROM municipality ORDER BY code").map { row in
            Municipality(
                code: try row.code("code"), name: try row.value("name"), province: try row.value("province"),
                population: try row.value("population"), joinedOn: try row.optionalDay("joined_on"),
                localCoalitionSince: try row.optionalDay("local_coalition_since"), adviser: try row.optional("adviser"),
                existsFrom: try row.optionalDay("exists_from"), endedOn: try row.optionalDay("ended_on"))
        }
    }

    /// The municipalities of `year` (existing on 1 January), the rule every count uses.
    public func municipalities(in year: Int) throws -> [Municipality] { try municipalityRegister().municipalities(in: year) }

    /// The mergers staff recorded, one per ended municipality (a division lists several successors).
    public func storedMergers() throws -> [MunicipalityMerger] {
        let rows = try db.checkedRows(
            "municipality_merger",
            sql: """
                SELECT m.old_code, m.new_code, m.date, m.source, o.name FROM municipality_merger m
                JOIN municipality o ON o.code = m.old_code ORDER BY m.date, m.old_code, m.new_code
                """)
        var mergers: [MunicipalityMerger] = []
        for row in rows {
            let code = try row.code("old_code")
            let successor = try row.code("new_code")
            if let last = mergers.indices.last, mergers[last].code == code {
                mergers[last].successors.append(successor)
            } else {
                mergers.append(
                    MunicipalityMerger(
                        code: code, name: try row.value("name"), date: try row.day("date"), successors: [successor],
                        source: try row.value("source")))
            }
        }
        return mergers
    }

    /// The bundled aliases and mergers with the mergers staff recorded.
    public func municipalityDirectory() throws -> MunicipalityDirectory {
        MunicipalityDirectory.bundled.adding(try storedMergers())
    }

    /// Every municipality with its lifetime and every merger (bundled and recorded).
    public func municipalityRegister() throws -> MunicipalityRegister {
        MunicipalityRegister(try municipalities(), mergers: try municipalityDirectory().mergers)
    }

    /// The years for which the store holds data of one municipality, per kind of data (Dutch), for
    /// refusing a merger that would leave data under a municipality that no longer exists.
    public func yearsWithData(of code: MunicipalityCode) throws -> [(what: String, year: Int)] {
        let tables = [
            ("benchmark", "benchmark_response"), ("Week tegen Eenzaamheid", "week_registration"),
            ("inwonersenquête", "loneliness_survey_response"), ("Stappenplan-enquête", "local_survey"),
            ("meldingen signalering", "signalling_reports"),
        ]
        var found: [(what: String, year: Int)] = []
        for (what, table) in tables {
            let years = try Int.fetchAll(
                db, sql: "SELECT DISTINCT year FROM \(table) WHERE municipality_code = ? ORDER BY year", arguments: [code.rawValue])
            found += years.map { (what: what, year: $0) }
        }
        return found
    }

    /// Finds the municipalities of `day` by code or name, with precise messages for those outside it.
    public func municipalityResolver(on day: Day?) throws -> MunicipalityResolver {
        MunicipalityResolver(try municipalities(), directory: try municipalityDirectory(), on: day)
    }

    /// The complete CBS lists imported with their reference date (and the bundled one), oldest first.
    public func municipalityLists() throws -> [(day: Day, count: Int, source: String)] {
        try db.checkedRows("municipality_list", sql: "SELECT * FROM municipality_list ORDER BY reference_date").map {
            (day: try $0.day("reference_date"), count: try $0.value("count"), source: try $0.value("source"))
        }
    }

    /// Residents per municipality per year.
    public func populations() throws -> PopulationTable {
        var counts: [MunicipalityCode: [Int: Int]] = [:]
        for row in try db.checkedRows(
            "municipality_population", sql: "SELECT municipality_code, year, population FROM municipality_population")
        {
            counts[try row.code("municipality_code"), default: [:]][try row.value("year")] = try row.value("population")
        }
        return PopulationTable(counts: counts)
    }

    public func actions() throws -> [Action] {
        try db.checkedRows("action", sql: "SELECT * FROM action ORDER BY id").map { row in
            Action(
                id: try row.value("id"), title: try row.value("title"),
                pillar: try row.optional("pillar", as: Int.self).map { _ in try row.member("pillar", of: Pillar.self) })
        }
    }

    public func actionStatuses(year: Int) throws -> [ActionYearStatus] {
        try db.checkedRows("action_status", sql: "SELECT * FROM action_status WHERE year = ? ORDER BY action_id", arguments: [year]).map {
            row in
            ActionYearStatus(
                actionID: try row.value("action_id"), year: try row.value("year"), actionLineID: try row.value("action_line_id"),
                status: try row.member("status", of: ActionStatus.self), resultText: try row.value("result_text"))
        }
    }

    /// Every action line of every period, by first year and number.
    public func actionLines() throws -> [ActionLine] {
        try db.checkedRows("action_line", sql: "SELECT * FROM action_line ORDER BY first_year, number").map { row in
            ActionLine(
                number: try row.value("number"), title: try row.value("title"), firstYear: try row.value("first_year"),
                lastYear: try row.optional("last_year"), template: try row.optional("template"),
                topics: (try row.value("topics") as String).split(separator: " ").map(String.init),
                programme: try row.optional("programme"), programmeShort: try row.optional("programme_short"))
        }
    }

    /// Per year and line: how many action statuses name a line that is not valid in that year.
    public func actionStatusesOutsideTheirLine() throws -> [(year: Int, lineID: String, count: Int)] {
        try db.checkedRows(
            "action_status",
            sql: """
                SELECT s.year, s.action_line_id, COUNT(*) AS n FROM action_status s JOIN action_line l ON l.id = s.action_line_id
                WHERE s.year < l.first_year OR (l.last_year IS NOT NULL AND s.year > l.last_year)
                GROUP BY s.year, s.action_line_id ORDER BY s.year, s.action_line_id
                """
        ).map { (year: try $0.value("year"), lineID: try $0.value("action_line_id"), count: try $0.value("n")) }
    }

    public func coalitionPartners() throws -> [CoalitionPartner] {
        var byPartner: [Int64: [RiskGroup]] = [:]
        for row in try db.checkedRows(
            "partner_risk_group", sql: "SELECT partner_id, risk_group FROM partner_risk_group ORDER BY risk_group")
        {
            byPartner[try row.value("partner_id"), default: []].append(try row.member("risk_group", of: RiskGroup.self))
        }
        return try db.checkedRows("coalition_partner", sql: "SELECT * FROM coalition_partner ORDER BY joined_on, name").map { row in
            CoalitionPartner(
                name: try row.value("name"), sector: try row.value("sector"), joinedOn: try row.day("joined_on"),
                leftOn: try row.optionalDay("left_on"), riskGroups: byPartner[try row.value("id")] ?? [])
        }
    }

    public func campaigns() throws -> [Campaign] {
        try db.checkedRows("campaign", sql: "SELECT * FROM campaign ORDER BY id").map {
            Campaign(id: try $0.value("id"), name: try $0.value("name"), audience: try $0.value("audience"))
        }
    }

    public func campaignMeasurements() throws -> [CampaignMeasurement] {
        try db.checkedRows("campaign_measurement", sql: "SELECT * FROM campaign_measurement ORDER BY campaign_id, year, wave, metric").map {
            row in
            CampaignMeasurement(
                campaignID: try row.value("campaign_id"), wave: try row.value("wave"), year: try row.value("year"),
                metric: try row.value("metric"), label: try row.value("label"), percentage: try row.value("percentage"),
                target: try row.optional("target"))
        }
    }

    public func weekEdition(year: Int) throws -> WeekEdition? {
        try db.checkedRows("week_edition", sql: "SELECT * FROM week_edition WHERE year = ?", arguments: [year]).first.map { row in
            WeekEdition(
                year: try row.value("year"), startDate: try row.day("start_date"), endDate: try row.day("end_date"),
                openingDate: try row.optionalDay("opening_date"), openingParticipants: try row.optional("opening_participants"),
                theme: try row.optional("theme"))
        }
    }

    public func weekRegistrations(year: Int) throws -> [WeekRegistration] {
        try db.checkedRows("week_registration", sql: "SELECT * FROM week_registration WHERE year = ? ORDER BY id", arguments: [year]).map {
            row in
            WeekRegistration(
                year: try row.value("year"), organiser: try row.value("organiser"), municipality: try row.optionalCode("municipality_code"),
                date: try row.day("date"), activityType: try row.value("activity_type"),
                komErbijPackage: try row.value("kom_erbij"), participants: try row.optional("participants"))
        }
    }

    public func letterYears() throws -> [Int] {
        try Int.fetchAll(db, sql: "SELECT year FROM letter ORDER BY year")
    }

    public func letterText(year: Int) throws -> LetterText? {
        guard let letter = try db.checkedRows("letter", sql: "SELECT metadata FROM letter WHERE year = ?", arguments: [year]).first else {
            return nil
        }
        var passages: [String: String] = [:]
        for row in try db.checkedRows("letter_passage", sql: "SELECT key, markdown FROM letter_passage WHERE year = ?", arguments: [year]) {
            passages[try row.value("key")] = try row.value("markdown")
        }
        return LetterText(year: year, metadata: try letter.json("metadata", as: LetterMetadata.self), passages: passages)
    }

    public func questionnaireYears() throws -> [Int] {
        try Int.fetchAll(db, sql: "SELECT year FROM questionnaire ORDER BY year")
    }

    /// Every benchmark year's questionnaire, oldest first (what rule files are checked against).
    public func questionnaires() throws -> [Questionnaire] {
        try questionnaireYears().compactMap { try questionnaire(year: $0) }
    }

    public func questionnaire(year: Int) throws -> Questionnaire? {
        guard
            let row = try db.checkedRows("questionnaire", sql: "SELECT title, source FROM questionnaire WHERE year = ?", arguments: [year])
                .first
        else {
            return nil
        }
        let questions = try db.checkedRows(
            "question", sql: "SELECT definition FROM question WHERE year = ? ORDER BY position", arguments: [year]
        )
        .map { try $0.json("definition", as: Question.self) }
        return Questionnaire(year: year, title: try row.value("title"), questions: questions, source: try row.optional("source"))
    }

    public func benchmarkResponses(year: Int) throws -> [BenchmarkResponse] {
        var answers: [MunicipalityCode: [String: String]] = [:]
        for row in try db.checkedRows(
            "benchmark_answer", sql: "SELECT municipality_code, question_id, value FROM benchmark_answer WHERE year = ?",
            arguments: [year])
        {
            answers[try row.code("municipality_code"), default: [:]][try row.value("question_id")] = try row.value("value")
        }
        return try db.checkedRows(
            "benchmark_response", sql: "SELECT municipality_code FROM benchmark_response WHERE year = ? ORDER BY municipality_code",
            arguments: [year]
        ).map { row in
            let code = try row.code("municipality_code")
            return BenchmarkResponse(year: year, municipality: code, answers: answers[code] ?? [:])
        }
    }

    /// The publications of a benchmark year, oldest first.
    public func benchmarkReleases(year: Int) throws -> [BenchmarkRelease] {
        // A write-protected store made before releases were kept has no table for them, and no releases.
        guard try db.tableExists("benchmark_release") else { return [] }
        return try db.checkedRows(
            "benchmark_release", sql: "SELECT number, published_on FROM benchmark_release WHERE year = ? ORDER BY number",
            arguments: [year]
        ).map { row in
            let number: Int = try row.value("number")
            var members: [String: [String: Set<MunicipalityCode>]] = [:]
            var withheld: [String: [String: Set<String>]] = [:]
            for member in try db.checkedRows(
                "benchmark_release_member",
                sql: """
                    SELECT partition, grp, municipality_code FROM benchmark_release_member WHERE year = ? AND number = ?
                    """, arguments: [year, number])
            {
                members[try member.value("partition"), default: [:]][try member.value("grp"), default: []].insert(
                    try member.code("municipality_code"))
            }
            for figure in try db.checkedRows(
                "benchmark_release_withheld",
                sql: """
                    SELECT partition, grp, figure FROM benchmark_release_withheld WHERE year = ? AND number = ?
                    """, arguments: [year, number])
            {
                withheld[try figure.value("partition"), default: [:]][try figure.value("grp"), default: []].insert(
                    try figure.value("figure"))
            }
            return BenchmarkRelease(
                year: year, number: number, publishedOn: try row.day("published_on"), members: members, withheld: withheld)
        }
    }

    public func signallingCoverage() throws -> [SignallingCoverage] {
        try db.checkedRows("signalling_coverage", sql: "SELECT * FROM signalling_coverage ORDER BY network, municipality_code").map { row in
            SignallingCoverage(
                network: try row.value("network"), municipality: try row.code("municipality_code"), since: try row.day("since"))
        }
    }

    public func signallingReports(year: Int) throws -> [SignallingReports] {
        try db.checkedRows(
            "signalling_reports", sql: "SELECT * FROM signalling_reports WHERE year = ? ORDER BY network, municipality_code",
            arguments: [year]
        ).map { row in
            SignallingReports(
                network: try row.value("network"), municipality: try row.code("municipality_code"),
                year: try row.value("year"), reports: try row.value("reports"))
        }
    }

    public func programmeFigures(year: Int) throws -> [ProgrammeFigure] {
        try db.checkedRows("programme_figure", sql: "SELECT * FROM programme_figure WHERE year = ? ORDER BY key", arguments: [year]).map {
            row in
            ProgrammeFigure(
                year: try row.value("year"), key: try row.value("key"), value: try row.value("value"),
                label: try row.value("label"), source: try row.value("source"))
        }
    }
}

/// Keys of the dataset_info table.
public enum DatasetKeys {
    /// "1" when the store holds the fictitious demo data.
    public static let demo = "demo"
    public static let demoSeed = "demo_seed"
}
