import Foundation
import Testing

/// Class 11 and 12 of "a real year": exit codes as README documents them, Dutch messages only,
/// a stable JSON shape, and stores that are protected from foreign files, newer versions and interruptions.
@Suite("ete: consistent command line and protected stores")
struct ConsistentCommandLineTests {
    /// The Python of the virtual environment `make test` creates (with jsonschema).
    static let python = ETERun.repositoryRoot.appendingPathComponent(".venv/bin/python")

    @Test func exitCodesFollowTheReadme() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--db", "ete.sqlite"], in: folder).status == 0)
        let missingFile = try ETERun(["import", "partners", "bestaat-niet.csv", "--db", "ete.sqlite"], in: folder)
        #expect(missingFile.status == 2)
        #expect(missingFile.errors.contains("bestaat-niet.csv bestaat niet"))
        let missingTemplates = try ETERun(["letter", "--year", "2024", "--db", "ete.sqlite", "--templates", "geen-map"], in: folder)
        #expect(missingTemplates.status == 2)
        #expect(missingTemplates.errors.contains("sjablonenmap geen-map bestaat niet"))
        for arguments in [
            ["check", "--year", "3000"], ["stats", "--year", "1999"], ["benchmark", "--year", "2024", "--out", ""],
            ["letter", "--year", "2024", "--out", " "],
        ] {
            let run = try ETERun(arguments + ["--db", "ete.sqlite"], in: folder)
            #expect(run.status == 64, "\(arguments): \(run.status) \(run.errors)")
        }
    }

    @Test func controlCharactersInValuesAreShownEscaped() throws {
        let folder = try temporaryFolder()
        _ = try ETERun(["init", "--db", "ete.sqlite"], in: folder)
        // An escape sequence that would clear the screen, in a municipality name (tab-separated file).
        try Data("netwerk\tgemeente\tsinds\nPost\t\u{1B}[2JAmsterdam\t2024-01-01\n".utf8).write(
            to: folder.appendingPathComponent("signalering.csv"))
        let run = try ETERun(["import", "signalering", "signalering.csv", "--db", "ete.sqlite"], in: folder)
        #expect(run.status == 1)
        #expect(!run.errors.contains("\u{1B}"))
        #expect(run.errors.contains("\\u{1B}"))
    }

    /// A long value is shown the same way by every route (CSV field, CSV header, YAML value, command
    /// line): quoted, its first 60 characters, then how long it is; never in full.
    @Test func longValuesAreShortenedTheSameWayEverywhere() throws {
        let folder = try temporaryFolder()
        _ = try ETERun(["init", "--demo", "--db", "ete.sqlite"], in: folder)
        let long = String(repeating: "Zilverstad", count: 30)
        let shortened = "\"\(long.prefix(60))…\" (300 tekens)"
        func write(_ text: String, _ name: String) throws { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        try write("campagne;meting;jaar;indicator;omschrijving;percentage\n\(long);1;2024;bereik;Bereik;40\n", "campagne.csv")
        try write("code;naam;\(long);\(long)\nGM0363;Amsterdam;1;2\n", "gemeenten.csv")
        let questionnaire = try String(
            contentsOf: ETERun.repositoryRoot.appendingPathComponent("templates/benchmark/2024.yaml"), encoding: .utf8)
        try write(questionnaire.replacingOccurrences(of: "type: getal", with: "type: \(long)"), "vragen.yaml")
        let runs = [
            ["import", "campagne", "campagne.csv"], ["import", "gemeenten", "gemeenten.csv"],
            ["import", "vragenlijst", "vragen.yaml", "--year", "2024"], ["factsheet", "--year", "2024", "--municipality", long],
        ]
        for arguments in runs {
            let run = try ETERun(arguments + ["--db", "ete.sqlite"], in: folder)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.errors.contains(shortened), "\(arguments): \(run.errors)")
            #expect(!run.errors.contains(long), "\(arguments)")
        }
    }

    @Test func statsJSONHasAStableShapeCheckedAgainstTheSchema() throws {
        let folder = try temporaryFolder()
        _ = try ETERun(["init", "--db", "leeg.sqlite"], in: folder)
        _ = try ETERun(["init", "--demo", "--db", "demo.sqlite"], in: folder)
        for database in ["leeg.sqlite", "demo.sqlite"] {
            let run = try ETERun(["stats", "--year", "2024", "--json", "--db", database], in: folder)
            #expect(run.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            #expect(json["schemaVersion"] as? Int == 1)
            // Absent values are null, not missing keys.
            #expect(json.keys.contains("benchmark") && json.keys.contains("week") && json.keys.contains("signalling"))
            let file = folder.appendingPathComponent("\(database).json")
            try Data(run.output.utf8).write(to: file)
            try validate(file)
        }
        let empty = try ETERun(["stats", "--year", "2024", "--json", "--db", "leeg.sqlite"], in: folder).output
        #expect(empty.contains("\"benchmark\" : null"))
    }

    func validate(_ file: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python.path) else {
            Issue.record("\(Self.python.path) ontbreekt; 'make test' maakt de virtuele omgeving met jsonschema")
            return
        }
        let schema = ETERun.repositoryRoot.appendingPathComponent("templates/schemas/stats.schema.json")
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [
            "-c", "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
            file.path, schema.path,
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "schema: \(message)")
    }

    @Test func foreignEmptyAndNewerStoresAreRefusedUntouched() throws {
        let folder = try temporaryFolder()
        // Another application's SQLite database.
        let foreign = folder.appendingPathComponent("ander.sqlite")
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = [
            "python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table klant(id)'); c.commit()",
            foreign.path,
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        let before = try Data(contentsOf: foreign)
        let run = try ETERun(
            [
                "import", "partners", ETERun.repositoryRoot.appendingPathComponent("templates/voorbeelden/partners.csv").path,
                "--db", "ander.sqlite",
            ], in: folder)
        #expect(run.status == 2)
        #expect(run.errors.contains("is geen ETE-database"))
        #expect(try Data(contentsOf: foreign) == before)
        // An empty file.
        FileManager.default.createFile(atPath: folder.appendingPathComponent("leeg.sqlite").path, contents: Data())
        let empty = try ETERun(["stats", "--year", "2024", "--db", "leeg.sqlite"], in: folder)
        #expect(empty.status == 2)
        #expect(empty.errors.contains("het bestand is leeg"))
        // A store with a migration this version does not know.
        _ = try ETERun(["init", "--db", "nieuw.sqlite"], in: folder)
        let newer = Process()
        newer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        newer.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into grdb_migrations values ('v99-toekomst')\"); c.commit()",
            folder.appendingPathComponent("nieuw.sqlite").path,
        ]
        try newer.run()
        newer.waitUntilExit()
        let refused = try ETERun(["stats", "--year", "2024", "--db", "nieuw.sqlite"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("nieuwere versie van ete"))
    }

    @Test func initBuildsUnderATemporaryNameAndRemovesStaleOnes() throws {
        let folder = try temporaryFolder()
        // A leftover of an interrupted run by a process that no longer exists.
        let stale = folder.appendingPathComponent(".ete.sqlite.ete-tmp-999999-OUD")
        FileManager.default.createFile(atPath: stale.path, contents: Data("half".utf8))
        // A demo init that fails half-way (no questionnaires in this templates folder) leaves nothing behind.
        let templates = folder.appendingPathComponent("sjablonen")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("benchmark"), withIntermediateDirectories: true)
        let failed = try ETERun(["init", "--demo", "--db", "ete.sqlite"], in: folder, environment: ["ETE_TEMPLATES": templates.path])
        #expect(failed.status != 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains("ete.sqlite"))
        #expect(!names.contains { $0.contains("ete-tmp") }, "\(names)")
        // The next init is not refused because of the failed one.
        #expect(try ETERun(["init", "--db", "ete.sqlite"], in: folder).status == 0)
    }
}
