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
