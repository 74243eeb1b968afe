import ETELetter
import Foundation
import TestSupport
import Testing

/// The HTML letter in headless Chromium: the axe-core accessibility rules (WCAG 2.1 A and AA) find
/// nothing, and printing it gives A4 pages that each carry the Kenmerk and "Pagina X van N".
@Suite(
    "Progress letter: HTML in headless Chromium",
    .enabled(if: HeadlessChromium.available, "chromium, chromium-driver of .venv ontbreekt (make test installeert ze)"))
struct LetterHTMLInBrowserTests {
    @Test(arguments: ["standaard", "alle keuzes"])
    func accessibilityCheckerFindsNothing(_ variant: String) throws {
        let html = variant == "standaard" ? DemoLetters.files2024.url(.html) : DemoLetters.filesWithEveryChoice.files.url(.html)
        let report = try HeadlessChromium.check(html)
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(report.axe.hasPrefix("4."))
    }

    /// The checker does find problems: a page without language and a picture without alternative text.
    @Test func theCheckerReportsWhatIsWrong() throws {
        let scratch = try Scratch()
        let page = try scratch.write(
            "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"x.png\"></body></html>", to: "fout.html")
        let found = Set(try HeadlessChromium.check(page).violations.map(\.id))
        #expect(found.isSuperset(of: ["html-has-lang", "image-alt"]), "\(found)")
    }

    @Test func printedPagesRepeatKenmerkAndPageNumber() throws {
        let scratch = try Scratch()
        let pdf = scratch.url("brief.pdf")
        let screenshot = scratch.url("brief.png")
        _ = try HeadlessChromium.check(DemoLetters.files2024.url(.html), pdf: pdf, screenshot: screenshot)
        let info = try ToolOutput.standardOutput(of: URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf.path])
        #expect(info.contains("(A4)"), "\(info)")
        let pages = try PDFText.pages(of: pdf)
        #expect(pages.count >= 4)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Kenmerk 0000000-0000000-DMO (demo)"), "kenmerk op pagina \(index + 1)")
            #expect(page.contains("Pagina \(index + 1) van \(pages.count)"), "pagina \(index + 1)")
        }
        #expect(pages.first?.contains("Retouradres Postbus 20350 2500 EJ Den Haag") == true)
        // The screenshot is a real PNG of the page, for a person to look at.
        let image = try Data(contentsOf: screenshot)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]) && image.count > 10_000)
    }
}
