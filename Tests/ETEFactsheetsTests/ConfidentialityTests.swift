import ETEAnalysis
import ETEModel
import ETEOutput
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// A municipality's own workbook and factsheet say on the page and in the document properties that
/// they are for that municipality and the ministry only; the public annex does not.
@Suite("Files meant for one municipality")
struct ConfidentialityTests {
    static let sample = ["Amsterdam", "Vlieland", "Súdwest-Fryslân", "'s-Hertogenbosch"]

    @Test(arguments: sample)
    func theFactsheetSaysForWhomItIs(_ name: String) throws {
        let municipality = DemoFactsheets.municipality(name)
        let line = "Vertrouwelijk: alleen voor gemeente \(name) en VWS"
        let html = try DemoFactsheets.html(municipality)
        #expect(try DemoFactsheets.text(municipality).contains(line))
        #expect(html.contains("<meta name=\"classification\" content=\"\(XMLText.escape(line))\">"))
        let word = try OfficeArchive(
            url: DemoFactsheets.folder.appendingPathComponent("2024/factsheets").appendingPathComponent(
                "\(municipality.code.rawValue)-\(OutputFileName.safe(name)).docx"))
        // In the page header of the Word file (above the top margin, so the page keeps its room).
        #expect(word.text("word/header1.xml")?.contains(XMLText.escape(line)) == true)
        #expect(word.text("docProps/core.xml")?.contains(XMLText.escape(line)) == true)
    }

    @Test(arguments: sample)
    func theWorkbookSaysForWhomItIs(_ name: String) throws {
        let municipality = DemoFactsheets.municipality(name)
        let line = "Vertrouwelijk: alleen voor gemeente \(name) en VWS"
        let folder = try Scratch().folder
        let workbooks = BenchmarkWorkbooks(overview: DemoFactsheets.overview, outputFolder: folder)
        let workbook = try XlsxContent(url: try workbooks.writeMunicipality(municipality))
        #expect(workbook.cells["Samenvatting"]?["A2"] == line)
        #expect(workbook.archive.text("docProps/core.xml")?.contains(XMLText.escape(line)) == true)
        // On every printed page: the header of each sheet.
        let sheets = workbook.archive.entries.keys.filter { $0.hasPrefix("xl/worksheets/sheet") }
        #expect(sheets.count == workbook.sheetNames.count)
        for sheet in sheets {
            #expect(
                workbook.archive.text(sheet)?.contains(XMLText.escape(line.replacingOccurrences(of: "&", with: "&&"))) == true, "\(sheet)")
        }
        // The public annex is for everyone.
        let national = try XlsxContent(url: try workbooks.writeNational())
        #expect(!national.archive.allText.contains("Vertrouwelijk"))
    }
}
