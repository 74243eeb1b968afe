import Foundation
import TestSupport
import Testing

@Suite("ete benchmark")
struct BenchmarkCommandTests {
    @Test func writesNationalAndChosenMunicipalities() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(
            ["benchmark", "--year", "2024", "--municipality", "utrecht", "--municipality", "GM0363", "--out", "uit"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty, "geen voortgang op een pijp")
        #expect(run.output.contains("Geschreven: uit/2024/benchmark/Benchmark-landelijk-2024.xlsx"))
        #expect(run.output.contains("Geschreven: 2 gemeentewerkmappen in uit/2024/benchmark/gemeenten"))
        #expect(run.output.contains("fictieve demonstratiegegevens"))
        let written = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("uit/2024/benchmark/gemeenten").path)
        #expect(Set(written) == ["GM0344-Utrecht.xlsx", "GM0363-Amsterdam.xlsx"])
        let national = try XlsxContent(url: folder.appendingPathComponent("uit/2024/benchmark/Benchmark-landelijk-2024.xlsx"))
        #expect(try national.requireRow("Landelijk", label: "Wethouder zet zich actief in")["B"] == "0.37")
    }

    @Test func unknownMunicipalityIsRefusedWithASuggestion() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["benchmark", "--year", "2024", "--municipality", "Amsterdm", "--municipality", "Bergen"], in: folder)
        #expect(run.status == 64)
        #expect(
            run.errors == """
                fout: --municipality "Amsterdm": onbekende gemeente "Amsterdm" — bedoelde u "Amsterdam"?
                --municipality "Bergen": gemeente "Bergen" is niet eenduidig: Bergen (NH.) (GM0373), Bergen (L.) (GM0893); gebruik de volledige naam of de CBS-code

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports").path))
    }

    @Test func yearWithoutBenchmarkNamesTheImport() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init"], in: folder).status == 0)
        let run = try ETERun(["benchmark", "--year", "2024", "--all"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.errors == "fout: er zijn geen benchmarkantwoorden voor 2024; lees ze in met 'ete import benchmark BESTAND --year 2024'\n")
        let both = try ETERun(["benchmark", "--year", "2024", "--all", "--municipality", "Ede"], in: folder)
        #expect(both.status == 64)
        #expect(both.errors.contains("gebruik --all of --municipality, niet allebei"))
    }

    /// A publication is recorded once; the next run says so; a correction afterwards withholds the
    /// figures of the groups it changed.
    @Test func publishingRecordsTheReleaseAndBindsACorrection() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let first = try ETERun(["benchmark", "--year", "2024", "--publish", "--out", "uit"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Vastgelegd als gepubliceerde uitgave 1 van 2024."))
        let again = try ETERun(["benchmark", "--year", "2024", "--publish", "--out", "uit"], in: folder)
        #expect(again.output.contains("Let op: 2024 is al gepubliceerd (uitgave 1, "))
        #expect(again.output.contains("Niets vastgelegd: deze werkmappen beslissen hetzelfde als uitgave 1 van 2024."))

        // Nijmegen (150,000–250,000) turns out to have had 140,000 residents at the end of 2024, which
        // moves it into the size class below; the difference would give its answers.
        let annex = folder.appendingPathComponent("uit/2024/benchmark/Benchmark-landelijk-2024.xlsx")
        let before = try XlsxContent(url: annex)
        let counts = folder.appendingPathComponent("correctie.csv")
        try "code;inwoners;inwoners_jaar\nGM0268;140000;2024\n".write(to: counts, atomically: true, encoding: .utf8)
        #expect(try ETERun(["import", "gemeenten", counts.path], in: folder).status == 0)
        let corrected = try ETERun(["benchmark", "--year", "2024", "--out", "uit"], in: folder)
        #expect(corrected.status == 0, "\(corrected.errors)")
        let after = try XlsxContent(url: annex)
        let label = "Wethouder zet zich actief in"
        let header = after.row("Grootteklassen", 3)
        let column = try #require(header.first { $0.value == "100.000 tot 150.000 inwoners" }?.key)
        #expect(try before.requireRow("Grootteklassen", label: label)[column] != "x")
        #expect(try after.requireRow("Grootteklassen", label: label)[column] == "x")
        #expect(try after.requireRow("Landelijk", label: label)["B"] == "0.37")
    }
}
