import ETEModel
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

@Suite("Workbooks open in LibreOffice", .enabled(if: LibreOffice.available, "soffice ontbreekt"))
struct LibreOfficeWorkbookTests {
    @Test func nationalAndMunicipalityWorkbooksConvert() throws {
        let scratch = try Scratch()
        var files = [DemoWorkbooks.written.nationalURL]
        files.append(DemoWorkbooks.written.municipalityURL(try DemoWorkbooks.municipality(named: "Amsterdam")))
        files.append(DemoWorkbooks.written.municipalityURL(try #require(DemoWorkbooks.respondents(false).first)))
        for file in files {
            // Converting the first sheet to CSV shows LibreOffice read the cells, not just the zip.
            let csv = try LibreOffice.convert(file, to: LibreOffice.utf8CSV, in: scratch.folder)
            let text = try String(contentsOf: csv, encoding: .utf8)
            #expect(text.contains("FICTIEVE DEMOGEGEVENS"), "\(file.lastPathComponent)")
        }
    }

    /// Printed through LibreOffice, a municipality workbook is A4 with the sheet name, "pagina X van
    /// Y" and the fictitious mark on every page, and every sheet starts on a page of its own.
    @Test func municipalityWorkbookPrintsOnA4WithPageNumbers() throws {
        let municipality = try DemoWorkbooks.municipality(named: "Zwolle")
        let pdf = try LibreOffice.convert(DemoWorkbooks.written.municipalityURL(municipality), to: "pdf", in: try Scratch().folder)
        let info = try ToolOutput.standardOutput(of: URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf.path])
        #expect(info.contains("pts (A4)"))
        let pages = try PDFText.pages(of: pdf)
        #expect(pages.count >= 9, "één pagina per blad of meer")
        for (index, page) in pages.enumerated() {
            #expect(page.contains("pagina \(index + 1) van"), "pagina \(index + 1)")
            #expect(page.contains("FICTIEVE DEMOGEGEVENS"), "pagina \(index + 1)")
        }
        #expect(pages.contains { $0.contains("Samenvatting") && $0.contains("pagina 1 van") })
        // Row labels are printed whole (item 10): a long pillar heading wraps within its column.
        let printed = pages.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for pillar in Pillar.allCases { #expect(printed.contains(pillar.heading), "\(pillar.heading)") }
        // No text printed over other text: wrapped cells got rows tall enough, headers and footers stay clear.
        for (index, words) in try PDFText.words(of: pdf).enumerated() {
            for (first, word) in words.enumerated() {
                for other in words[(first + 1)...] where word.overlaps(other) {
                    Issue.record("pagina \(index + 1): '\(word.text)' over '\(other.text)'")
                }
            }
        }
    }

    /// Issue "outputs as their readers see them", item 10: the internal workbook says "INTERN" at the
    /// top of every printed page, and its notice spans the table instead of wrapping down a narrow
    /// column (the table starts on the first page).
    @Test func internalWorkbookIsMarkedOnEveryPrintedPage() throws {
        let pdf = try LibreOffice.convert(DemoWorkbooks.written.internalURL, to: "pdf", in: try Scratch().folder)
        let pages = try PDFText.pages(of: pdf)
        #expect(pages.count > 1)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("INTERN — niet publiceren"), "pagina \(index + 1)")
        }
        #expect(pages[0].contains("CBS-code") && pages[0].contains("Deelname 2024"))
    }
}
