import ETEModel
import Foundation
import GRDB

/// Write access inside one transaction. Importers and the demo generator use the same methods.
public struct StoreTransaction {
    let db: Database

    public func setDatasetInfo(_ key: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO dataset_info (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    public func upsert(_ municipality: Municipality) throws {
        try db.execute(
            sql: """
                INSERT INTO municipality (code, name, province, population, joined_on, local_coalition_since, adviser,
                    exists_from, ended_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET name = excluded.name, province = excluded.province,
                    population = excluded.population, joined_on = excluded.joined_on,
                    local_coalition_since = excluded.local_coalition_since, adviser = excluded.adviser,
                    exists_from = excluded.exists_from, ended_on = excluded.ended_on
                """,
            arguments: [
                municipality.code.rawValue, municipality.name, municipality.province, municipality.population,
                municipality.joinedOn?.description, municipality.localCoalitionSince?.description,
                municipality.adviser, municipality.existsFrom?.description, municipality.endedOn?.description,
            ])
    }

    /// Records that `merger.code` ended on `merger.date` and went to its successors (which must be stored).
    public func insert(_ merger: MunicipalityMerger) throws {
        for successor in merger.successors {
            try db.execute(
                sql: "INSERT OR REPLACE INTO municipality_merger (old_code, new_code, date, source) VALUES (?, ?, ?, ?)",
                arguments: [merger.code.rawValue, successor.rawValue, merger.date.description, merger.source])
        }
    }

    /// Records that a complete CBS list of `day` held `count` municipalities.
    public func recordMunicipalityList(on day: Day, count: Int, source: String) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO municipality_list (reference_date, count, source) VALUES (?, ?, ?)",
            arguments: [day.description, count, source])
    }

    /// Residents of a municipality on 31 December of `year`. The municipality row keeps the
    /// latest count, for lists that show "the" population.
    public func setPopulation(_ population: Int, of code: MunicipalityCode, year: Int) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO municipality_population (municipality_code, year, population) VALUES (?, ?, ?)
                """, arguments: [code.rawValue, year, population])
        try db.execute(
            sql: """
                UPDATE municipality SET population = (SELECT population FROM municipality_population
                    WHERE municipality_code = ? ORDER BY year DESC LIMIT 1) WHERE code = ?
                """, arguments: [code.rawValue, code.rawValue])
    }

    public func upsert(_ action: Action) throws {
        try db.execute(
            sql: """
                INSERT INTO action (id, title, pillar) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, pillar = excluded.pillar
                """, arguments: [action.id, action.title, action.pillar?.rawValue])
    }

    public func upsert(_ status: ActionYearStatus) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO action_status (action_id, year, action_line_id, status, result_text) VALUES (?, ?, ?, ?, ?)
                """, arguments: [status.actionID, status.year, status.actionLineID, status.status.rawValue, status.resultText])
    }

    /// Stores a line under its identity (first year and number): a second import updates its
    /// title, end year and template.
    public func upsert(_ line: ActionLine) throws {
        try db.execute(
            sql: """
                INSERT INTO action_line (id, scheme, number, title, first_year, last_year, template, topics, programme, programme_short)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, last_year = excluded.last_year, template = excluded.template,
                    topics = excluded.topics, programme = excluded.programme, programme_short = excluded.programme_short
                """,
            arguments: [
                line.id, String(line.firstYear), line.number, line.title, line.firstYear, line.lastYear, line.template,
                line.topics.joined(separator: " "), line.programme, line.programmeShort,
            ])
    }

    /// Moves the yearly statuses of one line to another line (same number, valid in that year).
    public func moveActionStatuses(year: Int, from oldLineID: String, to newLineID: String) throws {
        try db.execute(
            sql: "UPDATE action_status SET action_line_id = ? WHERE year = ? AND action_line_id = ?",
            arguments: [newLineID, year, oldLineID])
    }

    /// Stores a partner under the identity rule (`DutchText.matchKey` of its name): a partner whose
    /// name differs only in capitals, accents, spacing or punctuation from a stored one *is* that
    /// partner, whichever file or year it comes from. The stored spelling is kept; returns it when
    /// it differs from the one given, so the import can say which rows were matched that way.
    @discardableResult
    public func upsert(_ partner: CoalitionPartner) throws -> String? {
        let key = DutchText.matchKey(partner.name)
        let existing = try Row.fetchOne(db, sql: "SELECT id, name FROM coalition_partner WHERE name_key = ?", arguments: [key])
        let id: Int64
        if let existing {
            id = existing["id"]
            try db.execute(
                sql: "UPDATE coalition_partner SET sector = ?, joined_on = ?, left_on = ? WHERE id = ?",
                arguments: [partner.sector, partner.joinedOn.description, partner.leftOn?.description, id])
        } else {
            try db.execute(
                sql: "INSERT INTO coalition_partner (name, name_key, sector, joined_on, left_on) VALUES (?, ?, ?, ?, ?)",
                arguments: [partner.name, key, partner.sector, partner.joinedOn.description, partner.leftOn?.description])
            id = db.lastInsertedRowID
        }
        try db.execute(sql: "DELETE FROM partner_risk_group WHERE partner_id = ?", arguments: [id])
        for group in partner.riskGroups {
            try db.execute(
                sql: "INSERT INTO partner_risk_group (partner_id, risk_group) VALUES (?, ?)",
                arguments: [id, group.rawValue])
        }
        let storedName: String? = existing?["name"]
        return storedName.flatMap { $0 == partner.name ? nil : $0 }
    }

    /// The spelling under which a signalling network is already stored, when `name` is the same
    /// network by the identity rule; `name` itself for a new network.
    /// The stored spelling of every signalling network, by its name key (one read per import).
    public func storedNetworkNames() throws -> [String: String] {
        let names = try String.fetchAll(db, sql: "SELECT DISTINCT network FROM signalling_coverage ORDER BY rowid")
        return names.reduce(into: [:]) { byKey, name in
            let key = DutchText.matchKey(name)
            if byKey[key] == nil { byKey[key] = name }
        }
    }

    public func upsert(_ campaign: Campaign) throws {
        try db.execute(
            sql: """
                INSERT INTO campaign (id, name, audience) VALUES (?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, audience = excluded.audience
                """, arguments: [campaign.id, campaign.name, campaign.audience])
    }

    public func upsert(_ measurement: CampaignMeasurement) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO campaign_measurement (campaign_id, wave, year, metric, label, percentage, target)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                measurement.campaignID, measurement.wave, measurement.year, measurement.metric,
                measurement.label, measurement.percentage, measurement.target,
            ])
    }

    public func upsert(_ edition: WeekEdition) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO week_edition (year, start_date, end_date, opening_date, opening_participants, theme)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                edition.year, edition.startDate.description, edition.endDate.description,
                edition.openingDate?.description, edition.openingParticipants, edition.theme,
            ])
    }

    /// Removes a year's registrations, so a re-import replaces instead of doubling them.
    @discardableResult
    public func deleteWeekRegistrations(year: Int) throws -> Int {
        try db.execute(sql: "DELETE FROM week_registration WHERE year = ?", arguments: [year])
        return db.changesCount
    }

    public func insert(_ registration: WeekRegistration) throws {
        try db.execute(
            sql: """
                INSERT INTO week_registration (year, organiser, municipality_code, date, activity_type, kom_erbij, participants)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                registration.year, registration.organiser, registration.municipality?.rawValue,
                registration.date.description, registration.activityType,
                registration.komErbijPackage, registration.participants,
            ])
    }

    /// Stores a year's questionnaire. It replaces an earlier definition only while
    /// no answers refer to it; otherwise the existing answers would lose their meaning.
    public func replaceQuestionnaire(_ questionnaire: Questionnaire) throws {
        // Answers refer to questions; check those references at commit, after the new definition is in.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try db.execute(sql: "DELETE FROM question WHERE year = ?", arguments: [questionnaire.year])
        try db.execute(
            sql: "INSERT OR REPLACE INTO questionnaire (year, title, source) VALUES (?, ?, ?)",
            arguments: [questionnaire.year, questionnaire.title, questionnaire.source])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for (position, question) in questionnaire.questions.enumerated() {
            let definition = String(decoding: try encoder.encode(question), as: UTF8.self)
            try db.execute(
                sql: """
                    INSERT INTO question (year, id, position, pillar, type, definition) VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    questionnaire.year, question.id, position, question.pillar.rawValue,
                    question.type.rawValue, definition,
                ])
        }
    }

    /// Replaces a year's letter text (metadata and every passage) as a whole.
    public func replaceLetterText(_ text: LetterText) throws {
        try db.execute(sql: "DELETE FROM letter WHERE year = ?", arguments: [text.year])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try db.execute(
            sql: "INSERT INTO letter (year, metadata) VALUES (?, ?)",
            arguments: [text.year, String(decoding: try encoder.encode(text.metadata), as: UTF8.self)])
        for (key, markdown) in text.passages {
            try db.execute(sql: "INSERT INTO letter_passage (year, key, markdown) VALUES (?, ?, ?)", arguments: [text.year, key, markdown])
        }
    }

    /// Keeps one publication of a benchmark year (its number must be new for the year).
    public func record(_ release: BenchmarkRelease) throws {
        let key: [DatabaseValueConvertible] = [release.year, release.number]
        try db.execute(
            sql: "INSERT INTO benchmark_release (year, number, published_on) VALUES (?, ?, ?)",
            arguments: StatementArguments(key + [release.publishedOn.description]))
        for (partition, groups) in release.members {
            for (group, codes) in groups {
                for code in codes {
                    try db.execute(
                        sql: "INSERT INTO benchmark_release_member VALUES (?, ?, ?, ?, ?)",
                        arguments: StatementArguments(key + [partition, group, code.rawValue]))
                }
            }
        }
        for (partition, groups) in release.withheld {
            for (group, figures) in groups {
                for figure in figures {
                    try db.execute(
                        sql: "INSERT INTO benchmark_release_withheld VALUES (?, ?, ?, ?, ?)",
                        arguments: StatementArguments(key + [partition, group, figure]))
                }
            }
        }
    }

    /// Removes all benchmark responses of a year; returns how many there were.
    @discardableResult
    public func deleteBenchmarkResponses(year: Int) throws -> Int {
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM benchmark_response WHERE year = ?", arguments: [year]) ?? 0
        try db.execute(sql: "DELETE FROM benchmark_response WHERE year = ?", arguments: [year])
        return count
    }

    public func insert(_ response: BenchmarkResponse) throws {
        try db.execute(
            sql: "INSERT INTO benchmark_response (year, municipality_code) VALUES (?, ?)",
            arguments: [response.year, response.municipality.rawValue])
        for (questionID, value) in response.answers.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                sql: """
                    INSERT INTO benchmark_answer (year, municipality_code, question_id, value) VALUES (?, ?, ?, ?)
                    """, arguments: [response.year, response.municipality.rawValue, questionID, value])
        }
    }

    public func upsert(_ coverage: SignallingCoverage) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO signalling_coverage (network, municipality_code, since) VALUES (?, ?, ?)",
            arguments: [coverage.network, coverage.municipality.rawValue, coverage.since.description])
    }

    public func upsert(_ reports: SignallingReports) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO signalling_reports (network, municipality_code, year, reports) VALUES (?, ?, ?, ?)
                """, arguments: [reports.network, reports.municipality.rawValue, reports.year, reports.reports])
    }

    public func upsert(_ figure: ProgrammeFigure) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO programme_figure (year, key, value, label, source) VALUES (?, ?, ?, ?, ?)",
            arguments: [figure.year, figure.key, figure.value, figure.label, figure.source])
    }

    public func logImport(kind: String, file: String, year: Int?, rows: Int) throws {
        try db.execute(
            sql: "INSERT INTO import_log (kind, file, year, rows) VALUES (?, ?, ?, ?)",
            arguments: [kind, file, year, rows])
    }

    /// Read access to what this transaction has written so far.
    public var reader: StoreReader { StoreReader(db: db) }
}
