import ETEModel
import ETEOutput

/// The letter as WordprocessingML: body, real Word footnotes, a header on every page with the
/// Kenmerk and "Pagina X van Y" as PAGE/NUMPAGES fields, and bullets as list numbering.
/// `DocxPackage` adds the fixed parts and zips them.
struct DocxRenderer {
    let document: LetterDocument

    /// The parts that depend on the letter, by path in the package.
    struct Parts {
        var document: String
        var footnotes: String
        var footnoteRelationships: String
        var header: String
    }

    func render() -> Parts {
        var footnotes: [Footnote] = []
        var body: [String] = []
        if let notice = document.notice { body.append(paragraph(style: "Notice", runs: run(notice))) }
        body += document.address.map { paragraph(style: "Address", runs: run($0)) }
        if !document.address.isEmpty { body.append(paragraph(style: "Address", runs: "")) }
        for field in document.fields {
            body.append(paragraph(style: "LetterField", runs: run(field.label, bold: true) + "<w:r><w:tab/></w:r>" + run(field.value)))
        }
        if !document.fields.isEmpty { body.append(paragraph(style: nil, runs: "")) }
        for block in document.body {
            switch block {
            case .heading(let level, let text):
                body.append(paragraph(style: "Heading\(level)", runs: runs(text, &footnotes)))
            case .paragraph(let text):
                body.append(paragraph(style: nil, runs: runs(text, &footnotes)))
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
        let sectionProperties = """
            <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>\
            <w:pgSz w:w="11906" w:h="16838"/>\
            <w:pgMar w:top="1985" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>\
            </w:sectPr>
            """
        return Parts(
            document: DocxPackage.xmlHeader + "<w:document \(DocxPackage.namespaces)><w:body>" + body.joined() + sectionProperties
                + "</w:body></w:document>",
            footnotes: footnotesPart(footnotes),
            footnoteRelationships: footnoteRelationships(footnotes),
            header: headerPart())
    }

    private func paragraph(style: String?, numbering: Bool = false, runs: String) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if numbering { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    private func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
        var properties = ""
        if bold { properties += "<w:b/>" }
        if italic { properties += "<w:i/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    /// Footnote ids start at 1: Word reserves -1 and 0 for the separator lines.
    private func runs(_ inlines: [Inline], _ footnotes: inout [Footnote]) -> String {
        inlines.map { part in
            switch part {
            case .text(let text): return run(text)
            case .emphasis(let text): return run(text, italic: true)
            case .strong(let text): return run(text, bold: true)
            case .footnote(let note):
                footnotes.append(note)
                return "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(footnotes.count)\"/></w:r>"
            }
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

    /// "Kenmerk <kenmerk>" and "Pagina X van Y" with PAGE and NUMPAGES fields, on every page.
    private func headerPart() -> String {
        func field(_ instruction: String, placeholder: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(run(placeholder))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        var paragraphs: [String] = []
        if document.notice != nil { paragraphs.append(paragraph(style: "HeaderNotice", runs: run(Provenance.fictitiousLetterMark))) }
        if let reference = document.reference {
            paragraphs.append(paragraph(style: "Header", runs: run("Kenmerk", bold: true)))
            paragraphs.append(paragraph(style: "Header", runs: run(reference)))
        }
        paragraphs.append(
            paragraph(
                style: "Header", runs: run("Pagina ") + field("PAGE", placeholder: "1") + run(" van ") + field("NUMPAGES", placeholder: "1")
            ))
        return DocxPackage.xmlHeader + "<w:hdr \(DocxPackage.namespaces)>" + paragraphs.joined() + "</w:hdr>"
    }
}
