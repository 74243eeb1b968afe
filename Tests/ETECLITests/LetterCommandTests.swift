import Foundation
import TestSupport
import Testing

@Suite("ete letter and ete build")
struct LetterCommandTests {
    @Test func letterWritesTheChosenFormats() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["letter", "--year", "2024", "--format", "md,docx"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Geschreven: reports/2024/Voortgangsbrief-2024.md\nGeschreven: reports/2024/Voortgangsbrief-2024.docx\n"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("reports/2024/Voortgangsbrief-2024.md"), encoding: .utf8)
        #expect(markdown.contains("gedaald van 34% in 2023 naar 24% in 2024"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports/2024/Voortgangsbrief-2024.html").path))

        let badFormat = try ETERun(["letter", "--year", "2024", "--format", "pdf"], in: folder)
        #expect(badFormat.status == 64)
        #expect(badFormat.errors.contains("onbekend formaat in 'pdf'; kies uit docx, html en md"))
    }

    @Test func letterWithoutDataNamesTheImport() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init"], in: folder).status == 0)
        let run = try ETERun(["letter", "--year", "2024"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "fout: de brieftekst voor 2024 (datum, kenmerk, ondertekenaar en passages) ontbreekt; lees die in met 'ete import letter-text MAP --year 2024'\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports").path))
    }

    @Test func importLetterTextFromAFolder() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init"], in: folder).status == 0)
        let demoText = ETERun.repositoryRoot.appendingPathComponent("templates/kamerbrief/demo/2024").path
        let run = try ETERun(["import", "letter-text", demoText, "--year", "2024"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("2024: 21 passage(s) ingelezen als letter-text."))
        #expect(run.output.contains("kenmerk 0000000-0000000-DMO (demo)"))
    }

    @Test func buildWritesLetterAndAllWorkbooks() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["build", "--year", "2024", "--out", "uit"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Geschreven: uit/2024/Voortgangsbrief-2024.docx"))
        #expect(run.output.contains("Geschreven: uit/2024/Voortgangsbrief-2024.html"))
        #expect(run.output.contains("Geschreven: uit/2024/benchmark/Benchmark-landelijk-2024.xlsx"))
        #expect(run.output.contains("Geschreven: 342 gemeentewerkmappen in uit/2024/benchmark/gemeenten"))
        let workbooks = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("uit/2024/benchmark/gemeenten").path)
        #expect(workbooks.count == 342)
    }
}
