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
}
