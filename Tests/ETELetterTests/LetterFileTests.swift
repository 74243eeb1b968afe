import ETELetter
import ETEModel
import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Demo progress letter: files")
struct LetterFileTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The Markdown of the 2024 demo letter is pinned. After a deliberate change to the templates or
    /// the demo texts, regenerate with `make golden` and review the diff.
    @Test func markdownMatchesGoldenFile() throws {
        let golden = Self.goldenFolder.appendingPathComponent("Voortgangsbrief-2024.md")
        let generated = try DemoLetters.text(.md)
        // Only `make golden` rewrites the file; without it a difference fails the test.
        if ProcessInfo.processInfo.environment["ETE_UPDATE_GOLDEN"] == "1",
            (try? String(contentsOf: golden, encoding: .utf8)) != generated
        {
            try Data(generated.utf8).write(to: golden)
            print("Golden bijgewerkt: \(golden.path)")
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(generated == expected, "Markdown wijkt af van Golden/Voortgangsbrief-2024.md")
    }

    @Test func filesAreWrittenUnderTheYear() throws {
        for format in LetterFormat.allCases {
            #expect(DemoLetters.files2024.url(format).path.hasSuffix("/2024/Voortgangsbrief-2024.\(format.rawValue)"))
            #expect(FileManager.default.fileExists(atPath: DemoLetters.files2024.url(format).path))
        }
        let folder = DemoLetters.files2024.url(.md).deletingLastPathComponent()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func docxHasFiguresFootnotesHeaderFieldsAndRealBullets() throws {
        let docx = try OfficeArchive(url: DemoLetters.files2024.url(.docx))
        for part in docx.entries.keys where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
            #expect(Self.isWellFormed(try #require(docx.entries[part])), "\(part) is geen geldige XML")
        }
        let document = try #require(docx.text("word/document.xml"))
        #expect(document.contains("gedaald van 34% in 2023 naar 24% in 2024"))
        #expect(document.contains("zeker 50.000 deelnemers"))
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // The pillar table is a choice (keuzes.yaml) the published letter did not make.
        #expect(!document.contains("<w:tbl>"))
        #expect(document.components(separatedBy: "<w:footnoteReference ").count - 1 == 8)

        let footnotes = try #require(docx.text("word/footnotes.xml"))
        for id in 1...8 { #expect(footnotes.contains("<w:footnote w:id=\"\(id)\">")) }
        // "Titel (site)" as the published letter prints it, the whole text a link.
        #expect(
            footnotes.contains(
                "<w:hyperlink r:id=\"rIdUrl2\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">WHO Commission on Social Connection (who.int)</w:t>"
            ))
        let links = try #require(docx.text("word/_rels/footnotes.xml.rels"))
        #expect(links.contains("Target=\"https://www.who.int/groups/commission-on-social-connection\" TargetMode=\"External\""))

        let bullets = DemoLetters.letter2024.body.reduce(0) { count, block in
            if case .bullets(let items) = block { return count + items.count } else { return count }
        }
        #expect(document.components(separatedBy: "<w:numId w:val=\"1\"/>").count - 1 == bullets)
        #expect(try #require(docx.text("word/numbering.xml")).contains("<w:numFmt w:val=\"bullet\"/>"))
        #expect(try #require(docx.text("docProps/core.xml")).contains("FICTIEF VOORBEELD"))
    }

    /// The pillar scores table, when chosen: a header row and one row per pillar, repeated on a new page.
    @Test func docxTableHasAHeaderRowAndOneRowPerPillar() throws {
        let docx = try OfficeArchive(url: DemoLetters.filesWithEveryChoice.files.url(.docx))
        let document = try #require(docx.text("word/document.xml"))
        #expect(document.components(separatedBy: "<w:tbl>").count - 1 == 1)
        #expect(document.components(separatedBy: "<w:tr>").count - 1 == 6)
        #expect(document.components(separatedBy: "<w:tblHeader/>").count - 1 == 1)
    }

    /// What assistive technology needs: the language, one top-level heading, named tables with
    /// column headers, and footnote links that say what they are (with the pillar table chosen).
    @Test func htmlIsAccessible() throws {
        let html = try String(contentsOf: DemoLetters.filesWithEveryChoice.files.url(.html), encoding: .utf8)
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.components(separatedBy: "<h1").count == 2)
        let tables = html.components(separatedBy: "<table>").count - 1
        #expect(tables > 0)
        #expect(html.components(separatedBy: "<table><caption>Tabel bij ").count - 1 == tables)
        #expect(!html.contains("<th>"))
        let references = html.components(separatedBy: "class=\"fnref\"").count - 1
        #expect(references > 0)
        #expect(html.components(separatedBy: "aria-label=\"voetnoot ").count - 1 == references)
        #expect(html.contains("aria-label=\"terug naar de tekst bij voetnoot 1\""))
        #expect(html.contains("<tr><th scope=\"col\">Pijler</th><th scope=\"col\">2023</th><th scope=\"col\">2024</th></tr>"))
    }

    @Test func htmlIsSelfContainedAndPrintsOnA4() throws {
        let html = try DemoLetters.text(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("size: A4"))
        #expect(html.contains("counter(page) \" van \" counter(pages)"))
        #expect(html.contains("content: \"Kenmerk 0000000-0000000-DMO (demo)\""))
        #expect(!html.contains("<link") && !html.contains("<script"))
        #expect(html.contains("gedaald van 34% in 2023 naar 24% in 2024"))
        #expect(
            html.contains(
                "<li id=\"fn8\"><a href=\"https://www.eentegeneenzaamheid.nl/gemeenten-en-organisaties/toolkit-voor-gemeenten\">Aansluiting zoeken bij inwoners met een migratieachtergrond (eentegeneenzaamheid.nl)</a>"
            ))
        #expect(html.contains("<p class=\"notice\">FICTIEF VOORBEELD"))
    }

    static func isWellFormed(_ data: Data) -> Bool { XMLParser(data: data).parse() }
}

@Suite(
    "Demo progress letter in LibreOffice",
    .enabled(
        if: LibreOffice.available && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"), "soffice of pdftotext ontbreekt"))
struct LetterLibreOfficeTests {
    /// Tagged for screen readers, with the letter's title and Dutch as its language.
    @Test func pdfIsTaggedWithTitleAndLanguage() throws {
        let pdf = DemoLetters.files2024.url(.pdf)
        let info = try ToolOutput.standardOutput(of: URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf.path])
        #expect(info.contains("Tagged:          yes"), "\(info)")
        #expect(info.contains("Title:           Voortgangsbrief Eén tegen eenzaamheid over 2024"), "\(info)")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.range(of: Data("/Lang(nl-NL)".utf8)) != nil)
        #expect(bytes.range(of: Data("<pdfuaid:part>1</pdfuaid:part>".utf8)) != nil)
    }

    /// Issue "outputs as their readers see them", item 7: the signature never stands alone on the
    /// last page; the closing paragraph goes with it.
    @Test func theSignatureKeepsTheClosingParagraph() throws {
        let pages = try PDFText.pages(of: DemoLetters.files2024.url(.pdf))
        let last = try #require(pages.last).replacingOccurrences(of: "\n", with: " ")
        #expect(last.contains("Hoogachtend"))
        guard case .paragraph(let closing) = try #require(DemoLetters.letter2024.body.last) else {
            Issue.record("the letter does not end with a paragraph")
            return
        }
        let opening = closing.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
            .split(separator: " ").prefix(4).joined(separator: " ")
        #expect(!opening.isEmpty)
        #expect(last.contains(opening), "last page: \(last)")
    }
}
