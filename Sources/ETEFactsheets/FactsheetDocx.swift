import ETEModel
import ETEOutput
import Foundation

/// The factsheet as a Word document: A4, narrow margins, the same sections as the HTML page;
/// the trend as a native line chart, the suggestions in two columns.
enum FactsheetDocx {
    static func write(_ content: FactsheetContent, fictitious: Bool, madeOn: Day, to url: URL) throws {
        let charts = FactsheetDocxChart.charts(in: content)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(charts: charts, withHeader: content.confidentiality != nil)),
            ("_rels/.rels", OfficePackage.wordPackageRelationships),
            (
                "docProps/core.xml",
                OfficePackage.coreProperties(
                    title: content.title, subject: content.subtitle,
                    keywords: ([content.confidentiality, fictitious ? "FICTIEVE DEMOGEGEVENS" : "eenzaamheid, factsheet"])
                        .compactMap { $0 }.joined(separator: "; "),
                    created: (madeOn.year, madeOn.month, madeOn.day))
            ),
            ("docProps/app.xml", OfficePackage.appProperties),
            ("word/document.xml", document(content, charts: charts)),
            (
                "word/_rels/document.xml.rels",
                OfficePackage.relationships(
                    [
                        "<Relationship Id=\"rIdStyles\" Type=\"\(OfficePackage.relationshipBase)styles\" Target=\"styles.xml\"/>",
                        "<Relationship Id=\"rIdSettings\" Type=\"\(OfficePackage.relationshipBase)settings\" Target=\"settings.xml\"/>",
                        "<Relationship Id=\"rIdFontTable\" Type=\"\(OfficePackage.relationshipBase)fontTable\" Target=\"fontTable.xml\"/>",
                        "<Relationship Id=\"rIdTheme\" Type=\"\(OfficePackage.relationshipBase)theme\" Target=\"theme/theme1.xml\"/>",
                    ] + charts.map(\.relationship)
                        + (content.confidentiality != nil ? [headerRelationship] : []))
            ),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/fontTable.xml", WordFontsAndTheme.fontTable),
            ("word/theme/theme1.xml", WordFontsAndTheme.theme),
        ]
        parts += charts.map { ($0.partName, $0.part) }
        if let confidentiality = content.confidentiality { parts.append((headerPart, header(confidentiality))) }
        try OfficePackage.write(parts.map { ($0.0, Data($0.1.utf8)) }, to: url)
    }

    /// `charts`: the content's charts as `FactsheetDocxChart.charts(in:)` numbers their parts.
    static func document(_ content: FactsheetContent, charts: [FactsheetDocxChart.Numbered]) -> String {
        let header = content.confidentiality != nil
        var body = paragraph(content.title, style: "Title") + paragraph(content.subtitle, style: "Subtitle")
        // The charts come in document order, so the next chart block is the next numbered chart.
        var charts = charts.makeIterator()
        func render(_ block: FactsheetContent.Block) -> String {
            switch block {
            case .trend, .bars:
                guard let chart = charts.next() else { return "" }
                let caption = if case .bars(let bars) = block { bars.title } else { FactsheetContent.Trend.caption }
                return FactsheetDocxChart.paragraph(chart) + paragraph(caption, style: "Small")
            default: return Self.render(block)
            }
        }
        if let notice = content.notice { body += paragraph(notice, style: "Notice") }
        for section in content.sections {
            guard section.inTwoColumns else {
                body += paragraph(section.heading, style: "Heading1") + section.blocks.map(render).joined()
                continue
            }
            // A section break after the heading and one after the blocks (in an empty paragraph): the blocks flow in two columns.
            body += paragraph(section.heading, style: "Heading1", sectionBreak: pageSection(columns: 1, header: header))
            body +=
                section.blocks.map(render).joined() + paragraph("", style: "Small", sectionBreak: pageSection(columns: 2, header: header))
        }
        body += content.footer.map { paragraph($0, style: "Small") }.joined()
        return OfficePackage.xmlHeader
            + "<w:document \(OfficePackage.wordNamespaces)><w:body>\(body)\(pageSection(columns: 1, header: header))</w:body></w:document>"
    }

    /// The page header of a factsheet meant for one municipality: its confidentiality line, printed
    /// above the top margin so the one page keeps all its room.
    private static let headerPart = "word/header1.xml"
    private static let headerRelationship =
        "<Relationship Id=\"rIdHeader\" Type=\"\(OfficePackage.relationshipBase)header\" Target=\"header1.xml\"/>"

    private static func header(_ line: String) -> String {
        OfficePackage.xmlHeader
            + "<w:hdr \(OfficePackage.wordNamespaces)><w:p><w:pPr><w:pStyle w:val=\"Small\"/></w:pPr>\(run(line, bold: true))</w:p></w:hdr>"
    }

    /// The width between the margins, in twentieths of a point.
    private static let textWidth = 11906 - 2 * 794

    /// A4 in twentieths of a point, 14 mm side margins and 12 mm top and bottom; sections after
    /// the first continue on the same page.
    private static func pageSection(columns: Int, header: Bool) -> String {
        "<w:sectPr>" + (header ? "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" : "")
            + "<w:type w:val=\"continuous\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"680\" w:right=\"794\" w:bottom=\"680\" w:left=\"794\" w:header=\"\(header ? 284 : 0)\" w:footer=\"0\" w:gutter=\"0\"/>"
            + "<w:cols w:num=\"\(columns)\" w:space=\"397\"/></w:sectPr>"
    }

    private static func render(_ block: FactsheetContent.Block) -> String {
        switch block {
        case .paragraph(let text): paragraph(text, style: nil)
        case .note(let text): paragraph(text, style: "Small")
        case .list(let heading, let items):
            paragraph(heading, style: "Heading2")
                + items.map { paragraph("•\t" + $0.text + ($0.link.map { " Meer hierover: \($0)" } ?? ""), style: "Bullet") }.joined()
        case .table(let table): render(table)
        // Charts need their number in the document: `document` renders them.
        case .trend, .bars: ""
        }
    }

    private static func render(_ table: FactsheetContent.Table) -> String {
        func row(_ cells: [String], header: Bool) -> String {
            let properties = header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""
            return "<w:tr>\(properties)"
                + cells.enumerated().map { index, text in
                    let alignment = table.numeric.contains(index) ? "<w:jc w:val=\"right\"/>" : ""
                    let shading = header ? "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8EEF5\"/></w:tcPr>" : ""
                    return
                        "<w:tc>\(shading)<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>\(alignment)</w:pPr>\(run(text, bold: header))</w:p></w:tc>"
                }.joined() + "</w:tr>"
        }
        let properties =
            "<w:tblPr><w:tblStyle w:val=\"FactTable\"/><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        // The label column takes a third of the text width, the figures share the rest.
        let first = textWidth / 3
        let widths = [first] + Array(repeating: (textWidth - first) / max(table.header.count - 1, 1), count: table.header.count - 1)
        let grid = "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        return "<w:tbl>\(properties)\(grid)\(row(table.header, header: true))\(table.rows.map { row($0, header: false) }.joined())</w:tbl>"
            + paragraph("", style: "Small")
    }

    /// `sectionBreak`: the properties of the section this paragraph ends.
    private static func paragraph(_ text: String, style: String?, sectionBreak: String = "") -> String {
        let properties = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + sectionBreak
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + (text.isEmpty ? "" : run(text)) + "</w:p>"
    }

    /// A run; a tab in the text becomes a real tab (for the bullets' hanging indent).
    private static func run(_ text: String, bold: Bool = false) -> String {
        let properties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return text.split(separator: "\t", omittingEmptySubsequences: false).enumerated().map { index, piece in
            (index > 0 ? "<w:r>\(properties)<w:tab/></w:r>" : "")
                + "<w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLText.escape(String(piece)))</w:t></w:r>"
        }.joined()
    }

    private static func contentTypes(charts: [FactsheetDocxChart.Numbered], withHeader: Bool) -> String {
        OfficePackage.wordContentTypes(
            overrides: charts.map(\.contentType)
                + (withHeader ? [(headerPart, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")] : []))
    }

    private static let settings =
        OfficePackage.xmlHeader + """
            <w:settings \(OfficePackage.wordNamespaces)><w:defaultTabStop w:val="284"/>\
            <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
            </w:settings>
            """

    /// Verdana 8 pt body, headings in the programme's dark blue; sizes in half points.
    private static let styles =
        OfficePackage.xmlHeader + """
            <w:styles \(OfficePackage.wordNamespaces)>\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:eastAsia="Verdana" w:cs="Verdana"/>\
            <w:sz w:val="15"/><w:szCs w:val="15"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:rPr><w:b/><w:color w:val="154273"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:rPr><w:color w:val="444444"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="B3C7DD"/></w:pBdr><w:spacing w:before="100" w:after="40"/><w:outlineLvl w:val="0"/></w:pPr>\
            <w:rPr><w:b/><w:color w:val="154273"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:before="60" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Bullet"><w:name w:val="Opsomming"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Toelichting"/><w:basedOn w:val="Normal"/>\
            <w:rPr><w:color w:val="444444"/><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Tabeltekst"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Notice"><w:name w:val="Waarschuwing"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="2" w:color="C00000"/><w:left w:val="single" w:sz="12" w:space="2" w:color="C00000"/>\
            <w:bottom w:val="single" w:sz="12" w:space="2" w:color="C00000"/><w:right w:val="single" w:sz="12" w:space="2" w:color="C00000"/></w:pBdr></w:pPr>\
            <w:rPr><w:b/><w:color w:val="C00000"/></w:rPr></w:style>\
            <w:style w:type="table" w:styleId="FactTable"><w:name w:val="Factsheettabel"/><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="C9C9C9"/><w:left w:val="single" w:sz="4" w:space="0" w:color="C9C9C9"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="C9C9C9"/><w:right w:val="single" w:sz="4" w:space="0" w:color="C9C9C9"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="C9C9C9"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="C9C9C9"/>\
            </w:tblBorders><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            </w:styles>
            """
}
