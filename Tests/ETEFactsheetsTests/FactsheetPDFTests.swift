import ETEModel
import ETEOutput
import Foundation
import TestSupport
import Testing

/// Issue "outputs as their readers see them", items 1 and 2: every factsheet PDF of the demo year
/// is one A4 page, and its structure is that of the page (headings, lists, table headers, the
/// chart as a figure with its text), read back with pikepdf.
@Suite(
    "Factsheet PDFs as their readers get them",
    .enabled(if: ChromiumPrinter.isAvailable, "Chromium ontbreekt (make test installeert het)"))
struct FactsheetPDFTests {
    /// All 342 factsheets of 2024 printed as `ete factsheet --all` prints them, from copies of the HTML.
    static let printed: [URL] = {
        do {
            let source = DemoFactsheets.folder.appendingPathComponent("2024/factsheets")
            let copies = try Scratch().folder
            let pages = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".html") }.sorted()
            for name in pages {
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: copies.appendingPathComponent(name))
            }
            return try HTMLPDFExport.convertBesideSources(pages.map { copies.appendingPathComponent($0) }, pagesEach: 1)
        } catch { fatalError("factsheet PDFs: \(error)") }
    }()

    static let structures: [String: PDFStructure] = {
        do { return try PDFStructure.read(printed) } catch { fatalError("pikepdf: \(error)") }
    }()

    @Test func everyFactsheetIsOneA4Page() throws {
        #expect(Self.printed.count == DemoFactsheets.overview.municipalities.count)
        #expect(Self.printed.count == 342)
        for pdf in Self.printed {
            let structure = try #require(Self.structures[pdf.path])
            #expect(structure.pages == 1, "\(pdf.lastPathComponent): \(structure.pages) pagina's")
            #expect(structure.size == [595, 842], "\(pdf.lastPathComponent)")
        }
    }

    /// Each heading, list item, table header and chart of the HTML page is there in the PDF's tree.
    @Test func everyFactsheetHasTheStructureOfItsPage() throws {
        var figuresSeen = 0
        for pdf in Self.printed {
            let structure = try #require(Self.structures[pdf.path])
            let name = pdf.lastPathComponent
            let html = try String(contentsOf: pdf.deletingPathExtension().appendingPathExtension("html"), encoding: .utf8)
            #expect(structure.tagged, "\(name)")
            #expect(structure.lang == "nl", "\(name)")
            #expect(structure.title.hasPrefix("Eenzaamheid en lokaal beleid: "), "\(name)")
            // Meant for the municipality, in the document properties as on the page (issue 24, item 2).
            #expect(structure.subject.hasPrefix("Vertrouwelijk: alleen voor gemeente "), "\(name): \(structure.subject)")
            #expect(structure.problems.isEmpty, "\(name): \(structure.problems)")
            for (element, type) in [("h1", "H1"), ("h2", "H2"), ("h3", "H3"), ("li", "LI"), ("th", "TH"), ("svg", "Figure")] {
                let inPage = html.matches(of: try Regex("<" + element + "[ >]")).count
                #expect(
                    structure.types[type, default: 0] == inPage, "\(name): \(type) \(structure.types[type, default: 0]), pagina \(inPage)")
            }
            #expect(structure.types["H1"] == 1, "\(name)")
            // Every figure says what it shows: the chart's description with the figures themselves.
            #expect(structure.figures.allSatisfy { $0.contains("Aandeel eenzame volwassenen") }, "\(name): \(structure.figures)")
            figuresSeen += structure.figures.count
        }
        #expect(figuresSeen > 300)
    }
}
