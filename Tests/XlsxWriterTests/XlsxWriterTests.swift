import Foundation
import TestSupport
import Testing
import XlsxWriter

@Suite("libxlsxwriter Swift layer")
struct XlsxWriterTests {
    func temporaryFile(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }

    static let awkward = [
        "'s-Gravenhage", "Súdwest-Fryslân", "Nuenen, Gerwen en Nederwetten", "Bergen (NH.)",
        "<b>&amp; \"quotes\"</b>", "Eén tegen eenzaamheid — ‘quote’", "line one\nline two", "  leading space",
    ]

    @Test func stringsNumbersAndFormatsRoundTrip() throws {
        let url = try temporaryFile("roundtrip.xlsx")
        let workbook = try Workbook(path: url.path)
        try workbook.setProperties(DocumentProperties(title: "Titel met ë", author: "ETE Workbench", comments: "fictief"))
        let sheet = try workbook.addWorksheet("Blad één")
        for (row, text) in Self.awkward.enumerated() { try sheet.write(text, row: row, column: 0, format: CellFormat(bold: row == 0)) }
        try sheet.write(0.37, row: 0, column: 1, format: CellFormat(numberFormat: "0%"))
        try sheet.write(157, row: 1, column: 1)
        try sheet.write(-0.1, row: 2, column: 1)
        try sheet.setColumnWidth(0, width: 40)
        sheet.freezePanes(row: 1, column: 0)
        try sheet.autofilter(firstRow: 0, firstColumn: 0, lastRow: 7, lastColumn: 1)
        try sheet.dataBars(firstRow: 0, firstColumn: 1, lastRow: 2, lastColumn: 1, color: 0x5B9BD5)
        try sheet.highlightBelow(0, firstRow: 0, firstColumn: 1, lastRow: 2, lastColumn: 1, format: CellFormat(fontColor: 0xC00000))
        let chart = workbook.addChart(.bar)
        chart.addSeries(
            name: "Percentages", categories: .column(0, rows: 0...2, on: sheet.name),
            values: .column(1, rows: 0...2, on: sheet.name), color: 0x1F4E79, dataLabels: true)
        chart.setTitle("Grafiek met 'apostrof'")
        chart.setValueAxis(name: "%", minimum: 0, maximum: 1, numberFormat: "0%")
        try sheet.insertChart(chart, row: 1, column: 3)
        try workbook.close()

        let content = try XlsxContent(url: url)
        #expect(content.sheetNames == ["Blad één"])
        for (row, text) in Self.awkward.enumerated() { #expect(content.value("Blad één", "A\(row + 1)") == text) }
        #expect(content.value("Blad één", "B1") == "0.37")
        #expect(content.value("Blad één", "B2") == "157")
        let sheetXML = try #require(content.archive.text("xl/worksheets/sheet1.xml"))
        #expect(sheetXML.contains("state=\"frozen\""))
        #expect(sheetXML.contains("<autoFilter ref=\"A1:B8\""))
        #expect(sheetXML.contains("<dataBar"))
        let chartXML = try #require(content.archive.text("xl/charts/chart1.xml"))
        #expect(chartXML.contains("'Blad één'!$B$1:$B$3"))
        #expect(chartXML.contains("Grafiek met 'apostrof'"))
        #expect(content.archive.text("docProps/core.xml")?.contains("<dc:title>Titel met ë</dc:title>") == true)
        #expect(content.archive.text("xl/styles.xml")?.contains("formatCode=\"0%\"") == true)
    }

    /// A table is a real Excel table part with its own header cells; a date is a serial number with a date format.
    @Test func tablesAndDates() throws {
        let url = try temporaryFile("table.xlsx")
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet("Blad")
        let date = CellFormat(numberFormat: "[$-413]d mmmm yyyy")
        try sheet.addTable(
            name: "Activiteiten", headerRow: 2, lastRow: 4, columns: [TableColumn("Datum", format: date), TableColumn("Deelnemers")])
        try sheet.writeDate(year: 2024, month: 9, day: 26, row: 3, column: 0, format: date)
        try sheet.writeDate(year: 2000, month: 1, day: 1, row: 4, column: 0, format: date)
        try sheet.write(68, row: 3, column: 1)
        try workbook.close()

        let content = try XlsxContent(url: url)
        #expect(content.value("Blad", "A3") == "Datum")
        // Excel's serial day numbers (1900 system): 26 September 2024 is 45561, 1 January 2000 is 36526.
        #expect(content.value("Blad", "A4") == "45561")
        #expect(content.value("Blad", "A5") == "36526")
        let table = try #require(content.archive.text("xl/tables/table1.xml"))
        #expect(table.contains("name=\"Activiteiten\"") && table.contains("ref=\"A3:B5\""))
        #expect(table.contains("showRowStripes=\"1\""))
        #expect(content.archive.text("xl/styles.xml")?.contains("formatCode=\"[$-413]d mmmm yyyy\"") == true)
    }

    /// A row with wrapped text gets the height of its longest cell; other rows keep Excel's default.
    @Test func rowsFitTheirWrappedText() throws {
        let url = try temporaryFile("rows.xlsx")
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet("Blad")
        let wrapped = CellFormat(wrap: true)
        try sheet.write(String(repeating: "woord ", count: 30), row: 0, column: 0, format: wrapped)
        try sheet.write("kort", row: 1, column: 0, format: wrapped)
        try sheet.write(String(repeating: "lang ", count: 40), row: 2, column: 0)
        try sheet.mergeRange(String(repeating: "noot ", count: 30), firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: 1, format: wrapped)
        // Widths set after the text still count: heights are fitted when the workbook closes.
        try sheet.setColumnWidth(0, 1, width: 30)
        try workbook.close()

        let sheetXML = try #require(try OfficeArchive(url: url).text("xl/worksheets/sheet1.xml"))
        func height(_ row: Int) -> Double? {
            sheetXML.firstMatch(of: try! Regex("<row r=\"\(row)\"[^>]* ht=\"([0-9.]+)\"")).flatMap { Double($0.output[1].substring!) }
        }
        // Lines of at most 29 characters hold five "woord"s: 30 words take 6 lines of 15 points.
        #expect(height(1) == 90)
        #expect(height(2) == nil)
        #expect(height(3) == nil, "text that does not wrap keeps one line")
        // Over two columns a line holds 59 characters, twelve "noot"s: 30 take 3 lines.
        #expect(height(4) == 45)
    }

    @Test func dropDownListValidation() throws {
        let url = try temporaryFile("validation.xlsx")
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet("Lijst")
        try sheet.restrictToList(["ja", "nee"], firstRow: 1, firstColumn: 2, lastRow: 9, lastColumn: 2)
        try workbook.close()
        let sheetXML = try #require(try XlsxContent(url: url).archive.text("xl/worksheets/sheet1.xml"))
        #expect(sheetXML.contains("<dataValidation type=\"list\""))
        #expect(sheetXML.contains("sqref=\"C2:C10\""))
        #expect(sheetXML.contains("<formula1>\"ja,nee\"</formula1>"))
    }

    @Test func invalidSheetNamesBecomeSwiftErrors() throws {
        let workbook = try Workbook(path: try temporaryFile("errors.xlsx").path)
        _ = try workbook.addWorksheet("Landelijk")
        #expect(throws: XlsxError.self) { try workbook.addWorksheet("Landelijk") }
        #expect(throws: XlsxError.self) { try workbook.addWorksheet(String(repeating: "x", count: 32)) }
        do {
            _ = try workbook.addWorksheet("a/b")
            Issue.record("slash accepted")
        } catch let error as XlsxError {
            #expect(error.operation == "werkblad \"a/b\"")
            #expect(error.reason.lowercased().contains("invalid character"))
        }
        try workbook.close()
    }

    @Test func unwritablePathIsAnError() throws {
        let workbook = try Workbook(path: "/bestaat-niet/map/x.xlsx")
        _ = try workbook.addWorksheet("Blad")
        #expect(throws: XlsxError.self) { try workbook.close() }
    }

    @Test func cellNames() {
        #expect(Worksheet.cellName(0, 0) == "A1")
        #expect(Worksheet.cellName(9, 25) == "Z10")
        #expect(Worksheet.cellName(0, 26) == "AA1")
        #expect(Worksheet.cellName(4, 701) == "ZZ5")
    }
}
