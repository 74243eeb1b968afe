import Foundation
import Testing

/// Runs the built `ete` program as a user would, in a temporary folder.
struct ETERun {
    let status: Int32
    let output: String
    let errors: String

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The folder with the built products (the test bundle sits beside `ete`).
    static var executable: URL {
        let candidates = [Bundle.main.bundleURL] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in candidates {
            let program = folder.appendingPathComponent("ete")
            if FileManager.default.isExecutableFile(atPath: program.path) { return program }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/ete")
    }

    /// `ete` with the given arguments, run in `folder` with the repository's templates; not started.
    static func process(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["ETE_TEMPLATES"] = repositoryRoot.appendingPathComponent("templates").path
        env["ETE_DB"] = nil
        env.merge(environment) { _, new in new }
        process.environment = env
        return process
    }

    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
        let process = Self.process(arguments, in: folder, environment: environment)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        output = String(decoding: outData, as: UTF8.self)
        errors = String(decoding: errData, as: UTF8.self)
    }
}

func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ete-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite("ete command line")
struct CLITests {
    @Test func initDemoStatsAndCheck() throws {
        let folder = try temporaryFolder()
        let initRun = try ETERun(["init", "--demo"], in: folder)
        #expect(initRun.status == 0, "\(initRun.errors)")
        #expect(initRun.output.contains("Database ete.sqlite aangemaakt met 342 gemeenten."))
        #expect(initRun.output.contains("fictieve demonstratiegegevens"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ete.sqlite").path))

        let stats = try ETERun(["stats", "--year", "2024", "--json"], in: folder)
        #expect(stats.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.output.utf8)) as? [String: Any])
        #expect(json["year"] as? Int == 2024)
        #expect(json["demoData"] as? Bool == true)
        let benchmark = try #require(json["benchmark"] as? [String: Any])
        #expect(benchmark["respondents"] as? Int == 157)
        let questions = try #require(benchmark["questions"] as? [String: [String: Any]])
        #expect(questions["p1_wethouder_actief"]?["percentage"] as? Int == 37)
        #expect(questions["p1_structureel_budget"]?["previousPercentage"] as? Int == 34)
        #expect((json["coalition"] as? [String: Any])?["partnersAtYearEnd"] as? Int == 206)
        #expect((json["week"] as? [String: Any])?["komErbijRequests"] as? Int == 680)

        let text = try ETERun(["stats", "--year", "2024"], in: folder)
        #expect(text.output.contains("Wethouder zet zich actief in: 37% (n=157)"))
        #expect(text.output.contains("Structureel budget voor eenzaamheid: 24% (n=157) (vorig jaar 34%)"))

        let check = try ETERun(["check"], in: folder)
        #expect(check.status == 0)
        #expect(check.output.contains("Controle klaar: 0 fout(en), 0 waarschuwing(en)."))
    }

    /// A date edited by hand in the database file gives a Dutch message naming table, column and
    /// value (exit status 2), not a crash.
    /// A value edited outside ete (a date, a number, a stored definition) gives a Dutch error naming
    /// table, column and value, never a crash.
    @Test(arguments: [
        (
            "UPDATE coalition_partner SET joined_on = '31-13-2024' WHERE rowid = (SELECT MIN(rowid) FROM coalition_partner)",
            "tabel coalition_partner, kolom joined_on de waarde \"31-13-2024\"; verwacht een datum als 2024-09-26."
        ),
        (
            "UPDATE municipality SET population = 'veel' WHERE code = 'GM0363'",
            "tabel municipality, kolom population de waarde \"veel\"; verwacht een geheel getal."
        ),
        (
            "UPDATE question SET definition = '{kapot' WHERE rowid = (SELECT MIN(rowid) FROM question WHERE year = 2024)",
            "tabel question, kolom definition de waarde \"{kapot\"; verwacht een definitie zoals ete die schrijft."
        ),
    ])
    func aHandEditedValueIsNamedNotACrash(edit: String, named: String) throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = [
            "python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()",
            folder.appendingPathComponent("ete.sqlite").path, edit,
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let run = try ETERun(["stats", "--year", "2024"], in: folder)
        #expect(run.status == 2)
        #expect(
            run.errors == "fout: de database bevat in " + named
                + " Is het bestand buiten ete om bewerkt? Herstel de waarde of lees de gegevens opnieuw in\n")
    }

    @Test func initRefusesToOverwriteWithoutForce() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init"], in: folder).status == 0)
        let again = try ETERun(["init"], in: folder)
        #expect(again.status == 2)
        #expect(
            again.errors
                == "fout: database ete.sqlite bestaat al; gebruik 'ete init --force' om hem te vervangen (alle gegevens gaan verloren)\n")
        #expect(try ETERun(["init", "--force"], in: folder).status == 0)
    }

    @Test func databaseFromEnvironmentAndOption() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init"], in: folder, environment: ["ETE_DB": "via-env.sqlite"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("via-env.sqlite").path))
        #expect(try ETERun(["init", "--db", "via-optie.sqlite"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("via-optie.sqlite").path))
        let missing = try ETERun(["stats", "--year", "2024", "--db", "bestaat-niet.sqlite"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("database bestaat-niet.sqlite bestaat niet; maak er een met 'ete init'"))
    }

    @Test func badImportExitsWithLocatedDutchErrors() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init"], in: folder).status == 0)
        try Data("gemeente;p1_wethouder_actief\nAmsterdm;ja\nLeiden;soms\n".utf8).write(
            to: folder.appendingPathComponent("benchmark-2024.csv"))
        let run = try ETERun(["import", "benchmark", "benchmark-2024.csv", "--year", "2024"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.errors == """
                fout: benchmark-2024.csv:2:1: onbekende gemeente "Amsterdm" — bedoelde u "Amsterdam"?
                benchmark-2024.csv:3:2: "soms" is geen geldig antwoord op p1_wethouder_actief; verwacht ja of nee
                Import afgebroken (2 fouten); er is niets uit benchmark-2024.csv opgeslagen.

                """)
        let unknownKind = try ETERun(["import", "onzin", "x.csv"], in: folder)
        #expect(unknownKind.status == 64)
        #expect(unknownKind.errors.contains("onbekende soort 'onzin'"))
    }

    @Test func helpExplainsInDutch() throws {
        let folder = try temporaryFolder()
        let help = try ETERun(["--help"], in: folder)
        #expect(help.output.contains("ETE Workbench"))
        #expect(help.output.contains("import"))
        let importHelp = try ETERun(["import", "--help"], in: folder)
        #expect(importHelp.output.contains("benchmarkantwoorden, één regel per gemeente"))
    }
}
