import ETEModel
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// Issue "outputs as their readers see them", item 9: a pillar whose questions changed since the
/// previous benchmark year is never compared with it: the annex shows no previous score beside it,
/// the trend gives each period of the same questions its own row and line, and the printed note
/// is whole. In the demo, pillar 4 changed between 2023 and 2024.
@Suite("Scores over changed questions are not compared")
struct ComparabilityTests {
    static let heading = Pillar.sustainableApproach.heading

    @Test func theAnnexSetsNoEarlierScoreBesideAChangedPillar() throws {
        try #require(!DemoWorkbooks.overview.pillarScoreIsComparable(.sustainableApproach, in: 2024))
        let annex = try DemoWorkbooks.national()
        let row = try annex.requireRow("Landelijk", label: Self.heading + " — vragen gewijzigd sinds 2023: score niet vergelijkbaar")
        #expect(row["B"] != nil)
        #expect(row["D"] == nil && row["E"] == nil)
        // A pillar that did not change keeps its earlier score beside it.
        #expect(try annex.requireRow("Landelijk", label: Pillar.governanceCommitment.heading)["D"] != nil)
    }

    @Test func theTrendBreaksAtTheChange() throws {
        let annex = try DemoWorkbooks.national()
        let earlier = try annex.requireRow("Trend", label: Self.heading + " (vragen van 2023)")
        let later = try annex.requireRow("Trend", label: Self.heading + " (vragen van 2024)")
        #expect(earlier["B"] != nil && earlier["C"] == nil)
        #expect(earlier["C"] == nil && later["B"] == nil && later["C"] != nil)
        let chart = try #require(
            annex.archive.entries.keys.filter { $0.hasPrefix("xl/charts/chart") }.compactMap { annex.archive.text($0) }
                .first { $0.contains("Pijlerscores per jaar") })
        #expect(chart.contains("Pijler 4 (2023)") && chart.contains("Pijler 4 (2024)"))
        #expect(chart.components(separatedBy: "<c:ser>").count - 1 == 6)
    }

    /// Printed as delivered: the note after the heading is there in full, not cut by the column.
    @Test func thePrintedAnnexShowsTheWholeNote() throws {
        try #require(LibreOffice.available, "LibreOffice hoort er te zijn (make test installeert het)")
        let pdf = try LibreOffice.convert(DemoWorkbooks.written.nationalURL, to: "pdf", in: try Scratch().folder)
        let text = try PDFText.pages(of: pdf).joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("vragen gewijzigd sinds 2023: score niet vergelijkbaar"))
        for pillar in Pillar.allCases { #expect(text.contains(pillar.heading), "\(pillar.heading)") }
    }

    /// Item 11: charts are Dutch (libxlsxwriter declares them en-US; the package is corrected before it is placed).
    @Test func chartsAreDeclaredDutch() throws {
        for workbook in [try DemoWorkbooks.national(), try DemoWorkbooks.of(try DemoWorkbooks.municipality(named: "Zwolle"))] {
            let charts = workbook.archive.entries.keys.filter { $0.hasPrefix("xl/charts/chart") && $0.hasSuffix(".xml") }
            #expect(!charts.isEmpty)
            for chart in charts {
                let xml = try #require(workbook.archive.text(chart))
                #expect(xml.contains("<c:lang val=\"nl-NL\"/>") && !xml.contains("en-US"), "\(chart)")
            }
        }
    }

    /// Item 10: the national sheet starts a new printed page between pillar charts, never through
    /// one, and no chart lies under the header rows LibreOffice repeats on every page.
    @Test func noChartIsCutByAPageBreak() throws {
        let annex = try DemoWorkbooks.national()
        let sheet = try #require(annex.archive.text("xl/worksheets/sheet2.xml"))
        let breaks = sheet.matches(of: /<brk id="(\d+)"/).map { Int($0.output.1)! }
        #expect(!breaks.isEmpty)
        let drawing = try #require(annex.archive.text("xl/drawings/drawing1.xml"))
        let rows = drawing.matches(of: /<xdr:row>(\d+)<\/xdr:row>/).map { Int($0.output.1)! }
        try #require(rows.count == 2 * Pillar.allCases.count)
        for chart in stride(from: 0, to: rows.count, by: 2) {
            let (from, to) = (rows[chart], rows[chart + 1])
            #expect(from >= 3, "chart \(chart / 2 + 1) reaches into the frozen header")
            for row in breaks { #expect(!(from < row && row <= to), "break before row \(row) cuts chart \(chart / 2 + 1) (\(from)–\(to))") }
        }
    }
}
