import ETEOutput

/// The Rijkshuisstijl letterhead of the Word letter: on the first page the logo area centred at
/// the top, the return address in small type above the addressee, Datum and Betreft in 9/12 pt
/// followed by three blank lines, and the colofon in the right-hand column; on every later page
/// the Kenmerk and "Pagina X van Y" in that column. The first page has its own header (Word's
/// "different first page"). Sizes and places follow the published correspondence specification
/// of the Rijkshuisstijl; the column positions are ours, in `LetterPage`.
struct DocxLetterhead {
    let document: LetterDocument

    /// The paragraphs at the top of the first page's body, before the salutation: the colofon
    /// (a frame fixed to the page, so the text beside it keeps its place), the return address, the
    /// addressee, Datum and Betreft.
    var firstPageBody: [String] {
        let colophon = document.colophon.map { WordML.runs($0) } + ["", WordML.pageOfPages]
        var paragraphs = colophon.map(Self.columnParagraph)
        if let returnAddress = document.returnAddress {
            paragraphs.append(WordML.paragraph(style: "ReturnAddress", runs: WordML.run(returnAddress)))
        }
        paragraphs += document.address.map { WordML.paragraph(style: "Address", runs: WordML.run($0)) }
        for (index, field) in document.fields.enumerated() {
            paragraphs.append(
                WordML.paragraph(
                    style: index == 0 ? "LetterFieldFirst" : "LetterField",
                    runs: WordML.run(field.label) + "<w:r><w:tab/></w:r>" + WordML.run(field.value)))
        }
        // Three blank lines between Betreft and the salutation.
        paragraphs += Array(repeating: WordML.paragraph(style: "LetterField", runs: ""), count: 3)
        if let notice = document.notice { paragraphs.append(WordML.paragraph(style: "Notice", runs: WordML.run(notice))) }
        return paragraphs
    }

    /// The first page's header: the fictitious mark (demo) and the logo, or the empty logo area.
    var firstPageHeader: String {
        header(noticeMark + [WordML.paragraph(style: "Header", runs: document.logo.map(Self.logoDrawing) ?? "")])
    }

    /// The header of every later page: Kenmerk and "Pagina X van Y" in the right-hand column,
    /// above the text so that the text keeps its width.
    var continuationHeader: String {
        var lines: [String] = []
        if let reference = document.reference { lines += [WordML.run("Kenmerk", bold: true), WordML.run(reference), ""] }
        lines.append(WordML.pageOfPages)
        return header(noticeMark + lines.map { WordML.paragraph(style: "ColumnHeader", runs: $0) })
    }

    private var noticeMark: [String] {
        document.notice == nil ? [] : [WordML.paragraph(style: "HeaderNotice", runs: WordML.run(Provenance.fictitiousLetterMark))]
    }

    private func header(_ paragraphs: [String]) -> String {
        DocxPackage.xmlHeader + "<w:hdr \(DocxPackage.namespaces) \(DocxPackage.drawingNamespaces)>" + paragraphs.joined() + "</w:hdr>"
    }

    /// A paragraph of the colofon: all of them share one frame fixed to the page, so together they
    /// form one block in the right-hand column that the text never runs into.
    static func columnParagraph(_ runs: String) -> String {
        let frame =
            "<w:framePr w:w=\"\(LetterPage.columnWidth)\" w:hSpace=\"142\" w:wrap=\"around\" w:vAnchor=\"page\" w:hAnchor=\"page\" "
            + "w:x=\"\(LetterPage.columnLeft)\" w:y=\"\(LetterPage.columnTop)\"/>"
        return WordML.paragraph(style: "Colofon", properties: frame, runs: runs)
    }

    /// The logo anchored to the page: centred, from the top edge, 37.125 mm high (an eighth of the
    /// A4 height, as the specification gives for the emblem), its width from the image.
    static func logoDrawing(_ logo: LetterLogo) -> String {
        let height = 1_336_500  // 37.125 mm in EMU
        let width = height * logo.width / logo.height
        return """
            <w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="1" \
            locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>\
            <wp:positionH relativeFrom="page"><wp:align>center</wp:align></wp:positionH>\
            <wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>\
            <wp:extent cx="\(width)" cy="\(height)"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>\
            <wp:docPr id="1" name="Logo" descr="Logo van de afzender"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
            <pic:nvPicPr><pic:cNvPr id="1" name="logo"/><pic:cNvPicPr/></pic:nvPicPr>\
            <pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
            <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(width)" cy="\(height)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>
            """
    }
}

/// The A4 page of the letter in twentieths of a point (twips): a text column on the left and the
/// colofon column on the right, both starting below the logo area.
enum LetterPage {
    static let width = 11906
    static let height = 16838
    /// Where the address window, the body text and the colofon start: 51 mm from the top.
    static let columnTop = 2892
    static let leftMargin = 1361  // 24 mm
    /// The body text ends 65 mm from the right edge, leaving the colofon its column.
    static let rightMargin = 3685
    static let bottomMargin = 1418
    /// The colofon column: from 157 mm, 40 mm wide.
    static let columnLeft = 8902
    static let columnWidth = 2268
    /// A header paragraph reaches into the colofon column with this (negative) right indent.
    static let columnRightIndent = (width - rightMargin) - (columnLeft + columnWidth)
}
