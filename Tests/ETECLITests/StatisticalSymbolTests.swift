import Foundation
import TestSupport
import Testing

/// Issue "outputs as their readers see them", item 3: a figure that is not shown carries a CBS
/// symbol (x geheim, . gegevens ontbreken), never "–" (which in Dutch tables means zero), with the
/// legend beside it, the same in every output of a year.
@Suite("The CBS symbols in every output")
struct StatisticalSymbolTests {
    static let legend = "Verklaring van tekens: x = geheim"

    @Test func everyOutputUsesTheSymbolsAndSaysWhatTheyMean() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let build = try ETERun(["build", "--year", "2024", "--concept", "--out", "uit"], in: folder)
        #expect(build.status == 0, "\(build.errors)")
        let year = folder.appendingPathComponent("uit/2024")

        // Workbooks: no cell is a dash; withheld cells are x, and the legend is there.
        let annex = try XlsxContent(url: year.appendingPathComponent("benchmark/Benchmark-landelijk-2024.xlsx"))
        let annexCells = annex.cells.values.flatMap(\.values)
        #expect(!annexCells.contains("–"))
        #expect(annexCells.contains("x"))
        #expect(annexCells.contains { $0.hasPrefix(Self.legend) })
        let municipalities = year.appendingPathComponent("benchmark/gemeenten")
        let names = try FileManager.default.contentsOfDirectory(atPath: municipalities.path).sorted()
        var missingSeen = false
        for name in names.prefix(40) {
            let workbook = try XlsxContent(url: municipalities.appendingPathComponent(name))
            let cells = workbook.cells.values.flatMap(\.values)
            #expect(!cells.contains("–"), "\(name)")
            missingSeen = missingSeen || cells.contains(".")
        }
        // A municipality that did not answer: its own column says "gegevens ontbreken".
        #expect(missingSeen)

        // Factsheets: the same symbols in table cells, the legend in the footer.
        let factsheets = year.appendingPathComponent("factsheets")
        let pages = try FileManager.default.contentsOfDirectory(atPath: factsheets.path).filter { $0.hasSuffix(".html") }
        var secretSeen = false
        for page in pages {
            let html = try String(contentsOf: factsheets.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains(">–<"), "\(page)")
            #expect(html.contains(Self.legend), "\(page)")
            secretSeen = secretSeen || html.contains(">x<")
        }
        #expect(secretSeen)

        // The stats text: the legend under the benchmark figures.
        let stats = try ETERun(["stats", "--year", "2024"], in: folder)
        #expect(stats.output.contains(Self.legend))
        #expect(!stats.output.contains(": –"))
    }
}
