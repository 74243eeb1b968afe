import ArgumentParser
import ETEWorkbench
import Testing

@testable import ETECLI

/// The command line as swift-argument-parser reads it, in-process: values, defaults and the Dutch
/// refusals, without starting the program.
@Suite("Command-line parsing")
struct ParsingTests {
    @Test func letterTakesYearFormatsAndFolder() throws {
        let letter = try #require(try ETE.parseAsRoot(["letter", "--year", "2024", "--format", "docx, MD", "--out", "uit"]) as? Letter)
        #expect(letter.year.year == 2024)
        #expect(letter.format?.formats == [.docx, .md])
        #expect(letter.output.folder.lastPathComponent == "uit")
    }

    @Test func defaultsAreEveryFormatAndTheReportsFolder() throws {
        let letter = try #require(try ETE.parseAsRoot(["letter", "--year", "2023"]) as? Letter)
        // No --format: the standard set, decided when the letter is written (the PDF needs LibreOffice).
        #expect(letter.format == nil)
        #expect(letter.output.out == "reports")
    }

    @Test func importKindsAreParsedByName() throws {
        let command = try #require(try ETE.parseAsRoot(["import", "benchmark", "antwoorden.csv", "--year", "2024"]) as? Import)
        #expect(command.kind == .benchmark)
        #expect(command.file == "antwoorden.csv")
        #expect(command.year == 2024)
    }

    @Test func benchmarkSelectsMunicipalities() throws {
        let command = try #require(
            try ETE.parseAsRoot(["benchmark", "--year", "2024", "--municipality", "Leiden", "--municipality", "GM0363"]) as? Benchmark)
        #expect(command.municipality == ["Leiden", "GM0363"])
        #expect(!command.all)
    }

    /// Each refusal is in Dutch and names what is accepted.
    @Test(arguments: [
        (["letter", "--year", "2024", "--format", "rtf,md"], "onbekend formaat in 'rtf,md'; kies uit docx, html, md en pdf"),
        (["letter", "--year", "1999"], "jaar 1999 valt buiten het programma"),
        (["letter", "--year", "2024", "--out", " "], "--out is leeg; geef een uitvoermap op"),
        (["import", "gemeentes", "x.csv"], "onbekende soort 'gemeentes'"),
        (["benchmark", "--year", "2024", "--all", "--municipality", "Leiden"], "gebruik --all of --municipality, niet allebei"),
    ])
    func refusalsAreDutch(arguments: [String], message: String) {
        do {
            _ = try ETE.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(ETE.message(for: error).contains(message), "\(ETE.message(for: error))")
            #expect(ETE.exitCode(for: error).rawValue == 64)
        }
    }
}
