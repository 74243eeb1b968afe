import ETEModel
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ETEStore

@Suite("Store and migrations")
struct StoreTests {
    @Test func newStoreHasSchemaReferenceRowsAndMunicipalities() throws {
        let store = try Scratch().newStore()
        let counts = try store.tableCounts()
        #expect(counts["municipality"] == 342)
        #expect(counts["pillar"] == 5)
        #expect(counts["action_line"] == 5)
        #expect(counts["benchmark_response"] == 0)
        let (journal, foreignKeys, migrations) = try store.pool.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        #expect(migrations == Schema.migrator.migrations)
        #expect(migrations.first == "v1-programme")
    }

    /// A store made before action lines were data keeps its actions: each yearly status gets the
    /// line the action had, and the lines get their years and templates.
    @Test func actionLinesBecomeDataInAnOlderStore() throws {
        let scratch = try Scratch()
        let path = scratch.url("oud.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v5-questionnaire-source")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO action (id, action_line_id, title) VALUES ('a', '2022-3', 'Toolkit')")
            try db.execute(sql: "INSERT INTO action_status (action_id, year, status, result_text) VALUES ('a', 2024, 'afgerond', 'Klaar.')")
        }
        try queue.close()
        let store = try Store.open(at: path)
        let status = try store.read { try $0.actionStatuses(year: 2024) }
        #expect(status == [ActionYearStatus(actionID: "a", year: 2024, actionLineID: "2022-3", status: .completed, resultText: "Klaar.")])
        #expect(try store.read { try $0.actionLines() } == ActionLine.programmeLines)
        #expect(try store.read { try $0.actions() } == [Action(id: "a", title: "Toolkit")])
    }

    /// Another command holding the write lock: the import waits, then says so in Dutch, and writes
    /// nothing; once the lock is gone it succeeds.
    @Test func aStoreHeldByAnotherCommandIsBusyInDutch() throws {
        let scratch = try Scratch()
        let path = scratch.url("ete.sqlite").path
        _ = try Store.create(at: path)
        let store = try Store.open(at: path, busyTimeout: 0.2)
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: holding)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        #expect(throws: StoreError.busy(path: path)) { try store.write { try $0.upsert(Action(id: "a", title: "A")) } }
        #expect(StoreError.busy(path: path).localizedDescription.contains("bezet door een andere opdracht"))
        try other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        try store.write { try $0.upsert(Action(id: "a", title: "A")) }
        #expect(try store.read { try $0.actions() }.count == 1)
    }

    /// A disk that fills up during an import: a Dutch message, and the store as it was.
    @Test func aFullDiskStoresNothingAndSaysSo() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        _ = try Importer.run(
            ImportRequest(kind: .weekEditions, file: RepositoryPaths.examples.appendingPathComponent("week-edities.csv")), into: store)
        let before = try store.tableCounts()
        // SQLite's own limit on the file size stands in for a full disk: the same error (SQLITE_FULL).
        try store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
        }
        let rows = (0..<5_000).map { "Organisatie \($0);;26-09-2024;maaltijd;ja;\($0 % 90)" }
        let text = "organisator;gemeente;datum;soort_activiteit;kom_erbij_pakket;deelnemers\n" + rows.joined(separator: "\n")
        #expect(throws: StoreError.diskFull(path: store.path)) {
            try scratch.importText(.weekRegistrations, text, name: "week-2024.csv", year: 2024, into: store)
        }
        #expect(StoreError.diskFull(path: store.path).localizedDescription.contains("is vol; er is niets opgeslagen"))
        #expect(try store.tableCounts() == before)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func reopeningKeepsDataAndCreatingRefusesToOverwrite() throws {
        let scratch = try Scratch()
        let path = scratch.url("ete.sqlite").path
        _ = try Store.create(at: path)
        #expect(throws: StoreError.databaseExists(path: path)) { try Store.create(at: path) }
        #expect(try Store.open(at: path).tableCounts()["municipality"] == 342)
        #expect(try Store.create(at: path, replacing: true).tableCounts()["municipality"] == 342)
        let missing = scratch.url("nope.sqlite").path
        #expect(throws: StoreError.databaseMissing(path: missing)) { try Store.open(at: missing) }
    }

    @Test func notADatabaseIsReportedInDutch() throws {
        let scratch = try Scratch()
        let file = try scratch.write(String(repeating: "geen database ", count: 200), to: "tekst.sqlite")
        #expect(throws: StoreError.self) { try Store.open(at: file.path) }
    }

    @Test func foreignKeysProtectAnswers() throws {
        let store = try Scratch().newStore()
        // SQLite's refusal reaches the user as a Dutch StoreError, not as a raw "SQLite error 19".
        #expect(throws: StoreError.self) {
            try store.write { tx in
                try tx.insert(BenchmarkResponse(year: 2024, municipality: MunicipalityCode("GM0363")!, answers: ["x": "ja"]))
            }
        }
        #expect(try store.tableCounts()["benchmark_response"] == 0)
    }

    @Test func modelRoundTrip() throws {
        let store = try Scratch().newStore()
        let partner = CoalitionPartner(
            name: "Stichting 's-Test, \"Ëën\"", sector: "zorg en welzijn", joinedOn: Day(year: 2024, month: 2, day: 29)!,
            riskGroups: [.youngAdults, .healthProblems])
        try store.write { tx in _ = try tx.upsert(partner) }
        let stored = try store.read { try $0.coalitionPartners() }
        #expect(stored.count == 1)
        #expect(stored.first?.name == partner.name)
        #expect(Set(stored.first?.riskGroups ?? []) == Set(partner.riskGroups))
        #expect(stored.first?.joinedOn == partner.joinedOn)
    }
}

@Suite("Bundled municipalities")
struct BundledMunicipalityTests {
    static let reference = RepositoryPaths.sharedData.appendingPathComponent("municipalities.csv")

    /// Compares the bundled list with the team's CBS reference file (../shared/data/municipalities.csv).
    /// A clone without the team's shared/ folder beside it skips this test, saying why.
    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: reference.path),
            "overgeslagen: de referentielijst ../shared/data/municipalities.csv van het team staat niet naast deze kloon"))
    func matchCBSReferenceList() throws {
        let reference = Self.reference
        let document = try CSVReader.read(try Data(contentsOf: reference), fileName: "municipalities.csv")
        let header = document.header.map(\.value)
        let column = { (name: String) in header.firstIndex(of: name)! }
        let expected = document.records.map { record in
            (
                record.fields[column("cbs_code")].value, record.fields[column("name")].value,
                record.fields[column("province")].value, Int(record.fields[column("population_end_2024")].value)!,
                record.fields[column("size_class_derived")].value
            )
        }
        let bundled = try BundledMunicipalities.load()
        #expect(bundled.count == 342)
        #expect(expected.count == 342)
        let byCode = Dictionary(uniqueKeysWithValues: bundled.map { ($0.code.rawValue, $0) })
        for (code, name, province, population, sizeClass) in expected {
            let municipality = try #require(byCode[code])
            #expect(municipality.name == name)
            #expect(municipality.province == province)
            #expect(municipality.population == population)
            #expect(sizeClass.hasPrefix("\(municipality.sizeClass.rawValue):"), "\(name): \(sizeClass)")
        }
        #expect(bundled.map(\.population).reduce(0, +) == 18_045_532)
        #expect(Set(bundled.map(\.province)).count == 12)
    }

    @Test func namesWithSpecialCharactersResolve() throws {
        let resolver = MunicipalityResolver(try BundledMunicipalities.load())
        #expect(try resolver.resolve("'s-gravenhage").get().code.rawValue == "GM0518")
        #expect(try resolver.resolve("s Hertogenbosch").get().code.rawValue == "GM0796")
        #expect(try resolver.resolve("Sudwest Fryslan").get().code.rawValue == "GM1900")
        #expect(try resolver.resolve("Nuenen, Gerwen en Nederwetten").get().code.rawValue == "GM0820")
        #expect(try resolver.resolve("Bergen (L.)").get().code.rawValue == "GM0893")
        #expect(try resolver.resolve("363").get().name == "Amsterdam")
        guard case .failure(let ambiguous) = resolver.resolve("Bergen") else {
            Issue.record("Bergen is ambiguous")
            return
        }
        #expect(ambiguous.message.contains("niet eenduidig"))
        guard case .failure(let typo) = resolver.resolve("Amsterdm") else {
            Issue.record("typo resolved")
            return
        }
        #expect(typo.message == "onbekende gemeente \"Amsterdm\" — bedoelde u \"Amsterdam\"?")
    }
}
