import Foundation
import TestSupport
import Testing

/// `ete factsheet` prints its PDFs with Chromium; without Chromium it says so (in Dutch, with the
/// way to install it) and still writes the HTML and Word files.
@Suite("ete factsheet: the PDF from the page")
struct FactsheetPDFCommandTests {
    @Test func aFactsheetPDFIsItsPageOnOneA4() throws {
        try #require(HeadlessChromium.available, "Chromium hoort er te zijn (make test installeert het)")
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["factsheet", "--year", "2024", "--municipality", "Zwolle", "--municipality", "GM1581"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Geschreven: 2 factsheets (HTML en Word, PDF)"), "\(run.output)")
        let pdfs = ["GM0193-Zwolle.pdf", "GM1581-Utrechtse-Heuvelrug.pdf"].map {
            folder.appendingPathComponent("reports/2024/factsheets/\($0)")
        }
        for pdf in pdfs {
            let pages = try PDFText.pages(of: pdf)
            #expect(pages.count == 1, "\(pdf.lastPathComponent)")
            #expect(pages.first?.contains("Vertrouwelijk: alleen voor gemeente") == true)
            #expect(pages.first?.contains("FICTIEVE DEMOGEGEVENS") == true)
        }
        // No profile or work folder of the browser is left beside the files.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("reports/2024/factsheets").path)
        #expect(left.filter { $0.hasPrefix(".") }.isEmpty, "\(left)")
    }

    @Test func withoutChromiumTheOtherFilesAreWritten() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(
            ["factsheet", "--year", "2024", "--municipality", "Zwolle"], in: folder, environment: ["ETE_CHROMIUM": "/bestaat/niet/chromium"]
        )
        #expect(run.status == 0)
        #expect(
            run.output.contains(
                "Geen PDF gemaakt: Chromium ontbreekt; installeer Chromium, bijvoorbeeld met: sudo apt-get install chromium"))
        let factsheets = folder.appendingPathComponent("reports/2024/factsheets")
        #expect(FileManager.default.fileExists(atPath: factsheets.appendingPathComponent("GM0193-Zwolle.html").path))
        #expect(FileManager.default.fileExists(atPath: factsheets.appendingPathComponent("GM0193-Zwolle.docx").path))
        #expect(!FileManager.default.fileExists(atPath: factsheets.appendingPathComponent("GM0193-Zwolle.pdf").path))
    }
}
