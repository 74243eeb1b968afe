import Foundation
import Testing

/// Issue "outputs as their readers see them", item 13: the command line is Dutch to the end. The
/// argument parser's own words (help headings, its error sentences, "(default: …)") come out in
/// Dutch, a mistyped command or import kind gets a suggestion, help is wrapped once, a year
/// without data says so, and --out naming a file is refused.
@Suite("ete: Dutch to the end")
struct DutchCommandLineTests {
    static let english = [
        "OVERVIEW", "USAGE", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS", "Show help", "Show the version", "(default:", "See '",
        "for more information", "Error:", "Usage:", "Help:", "Missing", "Unknown option", "is invalid for", "Unexpected",
        "Did you mean",
    ]

    static let commands = ["", "init", "import", "check", "stats", "benchmark", "factsheet", "factsheet-lokaal", "letter", "build"]

    @Test(arguments: commands)
    func helpIsDutchAndWrappedOnce(command: String) throws {
        let run = try ETERun((command.isEmpty ? [] : [command]) + ["--help"], in: try temporaryFolder())
        #expect(run.status == 0)
        #expect(run.output.contains("OVERZICHT:") && run.output.contains("GEBRUIK:") && run.output.contains("Toon deze uitleg."))
        for word in Self.english { #expect(!run.output.contains(word), "'\(command) --help' bevat \(word)") }
        // Wrapped once: no line runs over the parser's 80 columns (the usage line is the parser's own),
        // and no sentence is broken after a few words by a second wrap.
        for line in run.output.split(separator: "\n") where !line.hasPrefix("GEBRUIK:") {
            #expect(line.count <= 80, "\(command): \(line)")
        }
    }

    @Test func importHelpNamesEveryKindInFull() throws {
        let run = try ETERun(["import", "--help"], in: try temporaryFolder())
        for kind in ["eenzaamheidsschaal", "stappenplan-tekst", "week-edities", "herindelingen"] {
            #expect(run.output.contains("\n  \(kind) "), "\(kind)")
        }
    }

    @Test(arguments: [
        (["stat"], "onbekende opdracht 'stat' — bedoelde u 'stats'?"),
        (["impot", "x"], "bedoelde u 'import'?"),
        (["import", "kerncijfer", "x.csv"], "bedoelde u 'kerncijfers'?"),
        (["stats"], "verplicht argument '--year <jaar>' ontbreekt"),
        (["stats", "--year", "abc"], "de waarde 'abc' is ongeldig voor '--year <jaar>'"),
        (["stats", "--year", "2024", "--jsn"], "onbekende optie '--jsn' — bedoelde u '--json'?"),
        (["stats", "--year"], "'--year <jaar>' heeft een waarde nodig"),
        (["stats", "--year", "2024", "extra"], "onverwacht argument 'extra'"),
    ])
    func usageErrorsAreDutch(arguments: [String], expected: String) throws {
        let run = try ETERun(arguments, in: try temporaryFolder())
        #expect(run.status == 64, "\(arguments)")
        #expect(run.errors.hasPrefix("fout: "), "\(run.errors)")
        #expect(run.errors.contains(expected), "\(run.errors)")
        for word in Self.english { #expect(!run.errors.contains(word), "\(arguments): \(run.errors)") }
    }

    @Test func aYearWithoutDataSaysSoInsteadOfZeros() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["stats", "--year", "2025"], in: folder)
        #expect(run.status == 0)
        #expect(run.output.contains("Benchmark: geen antwoorden voor 2025"))
        #expect(run.output.contains("nog geen aanmeldingen van activiteiten ingelezen ('ete import week BESTAND --year 2025')"))
        #expect(run.output.contains("meldingen in 2025: nog niet ingelezen"))
        #expect(!run.output.contains("activiteiten: 0"))
        #expect(!run.output.contains("meldingen in 2025: 0"))
        let json = try ETERun(["stats", "--year", "2025", "--json"], in: folder)
        #expect(json.output.contains("\"reports\" : null"))
    }

    @Test func outNamingAFileIsRefused() throws {
        let folder = try temporaryFolder()
        try Data("x".utf8).write(to: folder.appendingPathComponent("bestand.txt"))
        let run = try ETERun(["letter", "--year", "2024", "--out", "bestand.txt"], in: folder)
        #expect(run.status == 64)
        #expect(run.errors.contains("--out bestand.txt is een bestand, geen map"))
    }
}
