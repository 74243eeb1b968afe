import ETEModel
import ETEOutput

/// The letter as WordprocessingML: the Rijkshuisstijl letterhead (`DocxLetterhead`), the body,
/// real Word footnotes and bullets as list numbering. `DocxPackage` adds the fixed parts and zips them.
struct DocxRenderer {
    let document: LetterDocument

    /// The parts that depend on the letter, by path in the package.
    struct Parts {
        var document: String
        var footnotes: String
        var footnoteRelationships: String
        /// The header of the first page (logo area and colofon) and of every later page.
        var firstHeader: String
        var header: String
        var logo: LetterLogo?
    }

    func render() -> Parts {
        var footnotes: [Footnote] = []
        let letterhead = DocxLetterhead(document: document)
        var body = letterhead.firstPageBody
        for (index, block) in document.body.enumerated() {
            switch block {
            case .heading(let level, let text):
                body.append(paragraph(style: "Heading\(level)", runs: runs(text, &footnotes)))
            case .paragraph(let text):
                // The closing paragraph goes with the signature: the signature never stands alone on a page.
                let closing = index == document.body.count - 1 && !document.signature.isEmpty
                body.append(
                    WordML.paragraph(style: nil, properties: closing ? "<w:keepNext/><w:keepLines/>" : "", runs: runs(text, &footnotes)))
            case .bullets(let items):
                for item in items {
                    body.append(paragraph(style: "ListBullet", numbering: true, runs: runs(item, &footnotes)))
                }
            case .table(let header, let rows):
                body.append(table(header: header, rows: rows, &footnotes))
            }
        }
        // The closing stays together on one page.
        body += document.signature.map { paragraph(style: "Signature", runs: $0.isEmpty ? "" : run($0)) }
        // The first page has its own header (titlePg); the text column leaves the right-hand column free.
        let sectionProperties = """
            <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>\
            <w:pgSz w:w="\(LetterPage.width)" w:h="\(LetterPage.height)"/>\
            <w:pgMar w:top="\(LetterPage.columnTop)" w:right="\(LetterPage.rightMargin)" w:bottom="\(LetterPage.bottomMargin)" \
            w:left="\(LetterPage.leftMargin)" w:header="1134" w:footer="709" w:gutter="0"/><w:titlePg/>\
            </w:sectPr>
            """
        return Parts(
            document: DocxPackage.xmlHeader + "<w:document \(DocxPackage.namespaces)><w:body>" + body.joined() + sectionProperties
                + "</w:body></w:document>",
            footnotes: footnotesPart(footnotes),
            footnoteRelationships: footnoteRelationships(footnotes),
            firstHeader: letterhead.firstPageHeader, header: letterhead.continuationHeader, logo: document.logo)
    }

    private func paragraph(style: String?, numbering: Bool = false, runs: String) -> String {
        WordML.paragraph(
            style: style, properties: numbering ? "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" : "", runs: runs)
    }

    private func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String { WordML.run(text, bold: bold, italic: italic) }

    /// Footnote ids start at 1: Word reserves -1 and 0 for the separator lines.
    private func runs(_ inlines: [Inline], _ footnotes: inout [Footnote]) -> String {
        inlines.map { part in
            if let text = WordML.run(part) { return text }
            guard case .footnote(let note) = part else { return "" }
            footnotes.append(note)
            return "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(footnotes.count)\"/></w:r>"
        }.joined()
    }

    private func table(header: [[Inline]], rows: [[[Inline]]], _ footnotes: inout [Footnote]) -> String {
        func row(_ cells: [[Inline]], isHeader: Bool) -> String {
            "<w:tr>" + (isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
                + cells.map { cell in
                    let content = isHeader ? run(cell.plainText, bold: true) : runs(cell, &footnotes)
                    return "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>\(paragraph(style: "TableText", runs: content))</w:tc>"
                }.joined() + "</w:tr>"
        }
        let grid = "<w:tblGrid>" + String(repeating: "<w:gridCol/>", count: header.count) + "</w:tblGrid>"
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"LetterTable\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + grid
            + row(header, isHeader: true) + rows.map { row($0, isHeader: false) }.joined() + "</w:tbl>" + paragraph(style: nil, runs: "")
    }

    private func footnotesPart(_ footnotes: [Footnote]) -> String {
        var parts = [
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>",
            "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        for (index, note) in footnotes.enumerated() {
            var content = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>" + run(" ")
            if note.url != nil {
                content +=
                    "<w:hyperlink r:id=\"rIdUrl\(index + 1)\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">\(XMLText.escape(note.displayText))</w:t></w:r></w:hyperlink>"
            } else {
                content += run(note.text)
            }
            parts.append("<w:footnote w:id=\"\(index + 1)\">\(paragraph(style: "FootnoteText", runs: content))</w:footnote>")
        }
        return DocxPackage.xmlHeader + "<w:footnotes \(DocxPackage.namespaces)>" + parts.joined() + "</w:footnotes>"
    }

    private func footnoteRelationships(_ footnotes: [Footnote]) -> String {
        let links = footnotes.enumerated().compactMap { index, note in
            note.url.map {
                "<Relationship Id=\"rIdUrl\(index + 1)\" Type=\"\(DocxPackage.hyperlinkType)\" Target=\"\(XMLText.escape($0))\" TargetMode=\"External\"/>"
            }
        }
        return DocxPackage.relationships(links)
    }
}
