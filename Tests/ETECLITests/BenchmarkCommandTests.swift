import Foundation
import TestSupport
import Testing

@Suite("ete benchmark")
struct BenchmarkCommandTests {
    @Test func writesNationalAndChosenMunicipalities() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["benchmark", "--year", "2024", "--municipality", "utrecht", "--municipality", "GM0363", "--out", "uit"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty, "geen voortgang op een pijp")
        #expect(run.output.contains("Geschreven: uit/2024/benchmark/Benchmark-landelijk-2024.xlsx"))
        #expect(run.output.contains("Geschreven: 2 gemeentewerkmappen in uit/2024/benchmark/gemeenten"))
        #expect(run.output.contains("fictieve demonstratiegegevens"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("uit/2024/benchmark/gemeenten").path)
        #expect(Set(written) == ["GM0344-Utrecht.xlsx", "GM0363-Amsterdam.xlsx"])
        let national = try XlsxContent(url: folder.appendingPathComponent("uit/2024/benchmark/Benchmark-landelijk-2024.xlsx"))
        #expect(try national.requireRow("Landelijk", label: "Wethouder zet zich actief in")["B"] == "0.37")
    }

    @Test func unknownMunicipalityIsRefusedWithASuggestion() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["benchmark", "--year", "2024", "--municipality", "Amsterdm", "--municipality", "Bergen"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == """
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
        #expect(run.errors == "fout: er zijn geen benchmarkantwoorden voor 2024; lees ze in met 'ete import benchmark BESTAND --year 2024'\n")
        let both = try ETERun(["benchmark", "--year", "2024", "--all", "--municipality", "Ede"], in: folder)
        #expect(both.status == 64)
        #expect(both.errors.contains("gebruik --all of --municipality, niet allebei"))
    }
}
