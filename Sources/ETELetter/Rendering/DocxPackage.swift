import ETEModel
import ETEOutput
import Foundation

/// The fixed parts of the .docx package (styles, list numbering, settings, relationships,
/// document properties) and the zip that holds them, written with ZIPFoundation.
enum DocxPackage {
    static let xmlHeader = OfficePackage.xmlHeader
    static let namespaces = OfficePackage.wordNamespaces
    /// DrawingML namespaces for the logo in the first page's header.
    static let drawingNamespaces =
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
    static let hyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    private static let relationshipBase = OfficePackage.relationshipBase

    struct Properties {
        var title: String
        var subject: String
        var date: Day
        var isFictitious: Bool
    }

    /// Writes the complete package to `url` (which must not exist yet).
    static func write(_ parts: DocxRenderer.Parts, properties: Properties, to url: URL) throws {
        var files: [(String, Data)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", OfficePackage.wordPackageRelationships),
            ("docProps/core.xml", core(properties)),
            ("docProps/app.xml", app),
            ("word/document.xml", parts.document),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/settings.xml", settings),
            ("word/fontTable.xml", WordFontsAndTheme.fontTable),
            ("word/theme/theme1.xml", WordFontsAndTheme.theme),
            ("word/footnotes.xml", parts.footnotes),
            ("word/_rels/footnotes.xml.rels", parts.footnoteRelationships),
            ("word/header1.xml", parts.header),
            ("word/header2.xml", parts.firstHeader),
        ].map { ($0.0, Data($0.1.utf8)) }
        if let logo = parts.logo {
            files.append(("word/_rels/header2.xml.rels", Data(headerRelationships(logo).utf8)))
            files.append(("word/media/\(logoName(logo))", logo.data))
        }
        try OfficePackage.write(files, to: url)
    }

    private static func logoName(_ logo: LetterLogo) -> String { logo.format == .png ? "logo.png" : "logo.jpeg" }

    private static func headerRelationships(_ logo: LetterLogo) -> String {
        relationships(["<Relationship Id=\"rIdLogo\" Type=\"\(relationshipBase)image\" Target=\"media/\(logoName(logo))\"/>"])
    }

    static func relationships(_ entries: [String]) -> String { OfficePackage.relationships(entries) }

    private static let contentTypes = OfficePackage.wordContentTypes(
        defaults: [("png", "image/png"), ("jpeg", "image/jpeg")],
        overrides: [
            ("word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
            ("word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
            ("word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
            ("word/header2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"),
        ])

    private static let documentRelationships = relationships([
        "<Relationship Id=\"rIdStyles\" Type=\"\(relationshipBase)styles\" Target=\"styles.xml\"/>",
        "<Relationship Id=\"rIdNumbering\" Type=\"\(relationshipBase)numbering\" Target=\"numbering.xml\"/>",
        "<Relationship Id=\"rIdSettings\" Type=\"\(relationshipBase)settings\" Target=\"settings.xml\"/>",
        "<Relationship Id=\"rIdFontTable\" Type=\"\(relationshipBase)fontTable\" Target=\"fontTable.xml\"/>",
        "<Relationship Id=\"rIdTheme\" Type=\"\(relationshipBase)theme\" Target=\"theme/theme1.xml\"/>",
        "<Relationship Id=\"rIdFootnotes\" Type=\"\(relationshipBase)footnotes\" Target=\"footnotes.xml\"/>",
        "<Relationship Id=\"rIdHeader\" Type=\"\(relationshipBase)header\" Target=\"header1.xml\"/>",
        "<Relationship Id=\"rIdHeaderFirst\" Type=\"\(relationshipBase)header\" Target=\"header2.xml\"/>",
    ])

    private static func core(_ properties: Properties) -> String {
        OfficePackage.coreProperties(
            title: properties.title, subject: properties.subject,
            keywords: properties.isFictitious ? Provenance.fictitiousLetterMark : nil,
            created: (properties.date.year, properties.date.month, properties.date.day))
    }

    private static let app = OfficePackage.appProperties

    private static let settings =
        xmlHeader + """
            <w:settings \(namespaces)><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>\
            <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>\
            <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
            </w:settings>
            """

    /// One bullet list definition; every bullet paragraph refers to it (numId 1).
    private static let numbering =
        xmlHeader + """
            <w:numbering \(namespaces)><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/></w:rPr></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """

    /// Letter styles after the Rijkshuisstijl correspondence specification: Verdana 9 pt on a 13.5 pt
    /// line for the text, 9/12 pt for the address, Datum and Betreft, 6.5/9 pt for the return address
    /// and the colofon.
    private static let styles =
        xmlHeader + """
            <w:styles \(namespaces)>\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:eastAsia="Verdana" w:cs="Verdana"/>\
            <w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="270" w:lineRule="atLeast"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="270"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="120"/><w:contextualSpacing/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ReturnAddress"><w:name w:val="Retouradres"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="120" w:line="180" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="13"/><w:szCs w:val="13"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Address"><w:name w:val="Adres"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="exact"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="LetterField"><w:name w:val="Briefgegeven"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:tabs><w:tab w:val="left" w:pos="1021"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="exact"/><w:ind w:left="1021" w:hanging="1021"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="LetterFieldFirst"><w:name w:val="Briefgegeven eerste"/><w:basedOn w:val="LetterField"/>\
            <w:pPr><w:spacing w:before="960"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ColumnHeader"><w:name w:val="Kop colofonkolom"/><w:basedOn w:val="Header"/>\
            <w:pPr><w:spacing w:line="180" w:lineRule="exact"/><w:ind w:left="\(LetterPage.columnLeft - LetterPage.leftMargin)" w:right="\(LetterPage.columnRightIndent)"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Colofon"><w:name w:val="Colofon"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="0" w:line="180" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="13"/><w:szCs w:val="13"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Ondertekening"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="0"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Notice"><w:name w:val="Waarschuwing"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="C00000"/><w:left w:val="single" w:sz="12" w:space="4" w:color="C00000"/>\
            <w:bottom w:val="single" w:sz="12" w:space="4" w:color="C00000"/><w:right w:val="single" w:sz="12" w:space="4" w:color="C00000"/></w:pBdr></w:pPr>\
            <w:rPr><w:b/><w:color w:val="C00000"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Tabeltekst"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="154273"/><w:u w:val="single"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="13"/><w:szCs w:val="13"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="HeaderNotice"><w:name w:val="Kop waarschuwing"/><w:basedOn w:val="Header"/><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr></w:style>\
            <w:style w:type="table" w:styleId="LetterTable"><w:name w:val="Brieftabel"/><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:left w:val="single" w:sz="4" w:space="0" w:color="999999"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:right w:val="single" w:sz="4" w:space="0" w:color="999999"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/>\
            </w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            </w:styles>
            """
}
