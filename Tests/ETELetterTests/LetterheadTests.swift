import ETELetter
import ETEWorkbench
import Foundation
import TestSupport
import Testing

/// The Rijkshuisstijl letterhead of the Word letter: what the XML says, and what LibreOffice makes of it.
@Suite("Progress letter: Rijkshuisstijl letterhead")
struct LetterheadTests {
    static let colophonLines = [
        "Ministerie van Volksgezondheid, Welzijn en Sport", "Directie Maatschappelijke Ondersteuning", "Bezoekadres",
        "Parnassusplein 5", "Postadres", "Postbus 20350", "www.rijksoverheid.nl", "Contactpersoon", "J. Voorbeeld (fictief)",
        "Kenmerk", "0000000-0000000-DMO (demo)", "Bijlage(n)",
        "Correspondentie uitsluitend richten aan het retouradres met vermelding van de datum en het kenmerk van deze brief.",
    ]

    @Test func firstPageHasItsOwnHeaderAndTheColofonInAFrame() throws {
        let docx = try OfficeArchive(url: DemoLetters.files2024.url(.docx))
        let document = try #require(docx.text("word/document.xml"))
        // Word's "different first page": a first-page header and one for the pages after it.
        #expect(document.contains("<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>"))
        #expect(document.contains("<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"))
        #expect(document.contains("<w:titlePg/>"))
        // The colofon: framed paragraphs fixed to the page in the right-hand column, ending with the page number.
        let framed = document.components(separatedBy: "<w:p>").filter { $0.contains("<w:framePr ") }
        let framedText = framed.map(Self.text).joined(separator: "\n")
        for line in Self.colophonLines { #expect(framedText.contains(line), "\(line) staat niet in het colofon") }
        #expect(framed.allSatisfy { $0.contains("w:hAnchor=\"page\" w:x=\"8902\" w:y=\"2892\"") })
        #expect(framed.last?.contains("> PAGE <") == true && framed.last?.contains("> NUMPAGES <") == true)
        // The return address, then the addressee, Datum and Betreft, three blank lines and the salutation.
        let paragraphs = document.components(separatedBy: "<w:p>").dropFirst().filter { !$0.contains("<w:framePr ") }.map(Self.text)
        let start = try #require(paragraphs.firstIndex(of: "Retouradres Postbus 20350 2500 EJ Den Haag"))
        #expect(paragraphs[start + 1] == "De Voorzitter van de Tweede Kamer")
        #expect(paragraphs[start + 5] == "Datum30 juni 2025")
        #expect(paragraphs[start + 6] == "BetreftVoortgang actieprogramma Eén tegen eenzaamheid over 2024")
        #expect(paragraphs[(start + 7)...(start + 9)].allSatisfy { $0.isEmpty })
        #expect(paragraphs[start + 11] == "Geachte voorzitter,")
    }

    @Test func stylesFollowTheCorrespondenceSpecification() throws {
        let styles = try #require(try OfficeArchive(url: DemoLetters.files2024.url(.docx)).text("word/styles.xml"))
        func style(_ id: String) -> String {
            styles.components(separatedBy: "<w:style ").first { $0.contains("w:styleId=\"\(id)\"") } ?? ""
        }
        // Retouradres and colofon Verdana 6.5 pt on 9 pt; address, Datum and Betreft 9 pt on 12 pt.
        for id in ["ReturnAddress", "Colofon"] {
            #expect(style(id).contains("<w:sz w:val=\"13\"/>") && style(id).contains("w:line=\"180\" w:lineRule=\"exact\""), "\(id)")
        }
        for id in ["Address", "LetterField"] { #expect(style(id).contains("w:line=\"240\" w:lineRule=\"exact\""), "\(id)") }
        #expect(styles.contains("<w:rFonts w:ascii=\"Verdana\"") && styles.contains("<w:sz w:val=\"18\"/>"))
    }

    @Test func laterPagesCarryKenmerkAndPageFields() throws {
        let docx = try OfficeArchive(url: DemoLetters.files2024.url(.docx))
        let later = try #require(docx.text("word/header1.xml"))
        #expect(later.contains(">Kenmerk<") && later.contains("0000000-0000000-DMO (demo)"))
        #expect(later.contains("> PAGE <") && later.contains("> NUMPAGES <"))
        #expect(later.contains("FICTIEF VOORBEELD"))
        let first = try #require(docx.text("word/header2.xml"))
        // Without a logo from the ministry the logo area stays empty: no picture, no made-up mark.
        #expect(!first.contains("<w:drawing>"))
        #expect(docx.entries.keys.allSatisfy { !$0.hasPrefix("word/media/") })
    }

    /// A logo supplied in templates/kamerbrief/huisstijl/ is placed centred at the top of the first page only.
    @Test func aSuppliedLogoIsPlacedOnTheFirstPage() throws {
        let scratch = try Scratch()
        let templates = try scratch.letterTemplates()
        let folder = templates.appendingPathComponent("kamerbrief/huisstijl")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.tinyPNG(width: 3, height: 8).write(to: folder.appendingPathComponent("logo.png"))
        let letter = try LetterBuilder(templatesFolder: templates).build(try LetterInput.load(year: 2024, from: SharedDemo.store))
        #expect(letter.logo?.width == 3 && letter.logo?.height == 8)
        let files = LetterFiles(outputFolder: scratch.url("uit"), year: 2024)
        try files.write(letter, formats: [.docx, .html])
        let docx = try OfficeArchive(url: files.url(.docx))
        let first = try #require(docx.text("word/header2.xml"))
        #expect(first.contains("<wp:positionH relativeFrom=\"page\"><wp:align>center</wp:align></wp:positionH>"))
        #expect(first.contains("<wp:extent cx=\"501187\" cy=\"1336500\"/>"))
        #expect(try #require(docx.text("word/_rels/header2.xml.rels")).contains("Target=\"media/logo.png\""))
        #expect(docx.entries["word/media/logo.png"] == Self.tinyPNG(width: 3, height: 8))
        #expect(try #require(docx.text("word/header1.xml")).contains("<w:drawing>") == false)
        #expect(try OpenXMLAudit.errors(in: files.url(.docx)).isEmpty)
        let html = try String(contentsOf: files.url(.html), encoding: .utf8)
        #expect(html.contains("<img src=\"data:image/png;base64,") && html.contains("alt=\"Logo van de afzender\""))
    }

    @Test func aLogoThatIsNoImageIsRefusedByName() throws {
        let templates = try Scratch().letterTemplates()
        let folder = templates.appendingPathComponent("kamerbrief/huisstijl")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("geen plaatje".utf8).write(to: folder.appendingPathComponent("logo.png"))
        #expect(
            throws: LetterError.template(
                file: "templates/kamerbrief/huisstijl/logo.png", line: nil,
                message: "geen leesbare PNG- of JPEG-afbeelding; lever het logo aan als PNG of JPEG")
        ) {
            try LetterBuilder(templatesFolder: templates).build(try LetterInput.load(year: 2024, from: SharedDemo.store))
        }
    }

    /// The text of a paragraph's runs, without markup.
    static func text(_ paragraph: String) -> String {
        paragraph.matches(of: /<w:t xml:space="preserve">([^<]*)<\/w:t>/).map { String($0.output.1) }.joined()
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The header of a PNG file: enough for the size to be read; the pixels are never decoded here.
    static func tinyPNG(width: UInt8, height: UInt8) -> Data {
        Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, width, 0, 0, 0, height])
    }
}

@Suite(
    "Progress letter: Rijkshuisstijl letterhead in LibreOffice",
    .enabled(
        if: LibreOffice.available && FileManager.default.isExecutableFile(atPath: PDFText.pdftotext.path), "soffice of pdftotext ontbreekt")
)
struct LetterheadPDFTests {
    func pages(layout: Bool = false) throws -> [String] { try PDFText.pages(of: DemoLetters.files2024.url(.pdf), layout: layout) }

    /// Page 1 as LibreOffice lays it out: colofon, retouradres, Datum and Betreft, and "Pagina 1 van N".
    @Test func firstPageShowsTheLetterhead() throws {
        let pages = try self.pages()
        let first = try #require(pages.first).replacingOccurrences(of: "\n", with: " ")
        for line in LetterheadTests.colophonLines { #expect(first.contains(line), "\(line) ontbreekt op pagina 1") }
        #expect(first.contains("Retouradres Postbus 20350 2500 EJ Den Haag"))
        let rows = try #require(try self.pages(layout: true).first).split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(rows.contains { $0.hasPrefix("Datum 30 juni 2025") })
        #expect(rows.contains { $0.hasPrefix("Betreft Voortgang actieprogramma Eén tegen eenzaamheid over 2024") })
        #expect(first.contains("Pagina 1 van \(pages.count)"))
        // The colofon belongs to the first page only.
        #expect(pages.dropFirst().allSatisfy { !$0.contains("Correspondentie uitsluitend") })
    }

    /// Every page "Pagina X van N" with the real count, the later ones with the Kenmerk; the
    /// footnotes at the foot of their pages, as "Titel (site)".
    @Test func everyPageIsNumberedAndFootnotesAreThere() throws {
        let pages = try self.pages()
        #expect(pages.count >= 4)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Pagina \(index + 1) van \(pages.count)"), "pagina \(index + 1)")
            #expect(page.contains("0000000-0000000-DMO (demo)"), "kenmerk op pagina \(index + 1)")
        }
        let all = pages.joined(separator: "\n")
        #expect(all.contains("WHO Commission on Social Connection (who.int)"))
        #expect(all.contains("Aansluiting zoeken bij inwoners met een migratieachtergrond (eentegeneenzaamheid.nl)"))
    }
}

@Suite(
    "Progress letter: a long Betreft in LibreOffice",
    .enabled(
        if: LibreOffice.available && FileManager.default.isExecutableFile(atPath: PDFText.pdftotext.path), "soffice of pdftotext ontbreekt")
)
struct LongSubjectTests {
    /// A Betreft that wraps continues under its value, not at the left margin (hanging indent of the field).
    @Test func aWrappedBetreftAlignsUnderItsValue() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        var text = try #require(try store.read { try $0.letterText(year: 2024) })
        text.metadata.subject =
            "Voortgang van de Structurele aanpak Eén tegen eenzaamheid over 2024, met de uitkomsten van de benchmark lokaal eenzaamheidsbeleid en de vervolgstappen"
        try store.write { try $0.replaceLetterText(text) }
        let letter = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store))
        let files = LetterFiles(outputFolder: scratch.folder, year: 2024)
        try files.write(letter, formats: [.docx, .pdf])
        let words = try #require(try PDFText.words(of: files.url(.pdf)).first)
        let label = try #require(words.first { $0.text == "Betreft" })
        let value = try #require(words.first { $0.text == "Voortgang" && abs($0.yMin - label.yMin) < 2 })
        // The words below the first Betreft line, above the salutation, are the rest of the subject.
        let salutation = try #require(words.first { $0.text == "Geachte" })
        let continued = words.filter { $0.yMin > label.yMin + 4 && $0.yMin < salutation.yMin - 4 }
        #expect(!continued.isEmpty, "de regel Betreft loopt niet door")
        let firstOfNextLine = try #require(continued.min { ($0.yMin, $0.xMin) < ($1.yMin, $1.xMin) })
        #expect(abs(firstOfNextLine.xMin - value.xMin) < 2, "vervolgregel begint op \(firstOfNextLine.xMin), waarde op \(value.xMin)")
    }
}
