import ETEOutput

/// The WordprocessingML pieces every part of the Word letter is built from: paragraphs, runs and
/// fields. Text is escaped here, once.
enum WordML {
    /// A paragraph with an optional style and further paragraph properties (already in schema order).
    static func paragraph(style: String?, properties: String = "", runs: String) -> String {
        let all = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + properties
        return "<w:p>" + (all.isEmpty ? "" : "<w:pPr>\(all)</w:pPr>") + runs + "</w:p>"
    }

    static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
        var properties = ""
        if bold { properties += "<w:b/>" }
        if italic { properties += "<w:i/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    /// The run of a piece of text with its emphasis; a footnote is no text of its own and gives nil.
    static func run(_ part: Inline) -> String? {
        switch part {
        case .text(let text): run(text)
        case .emphasis(let text): run(text, italic: true)
        case .strong(let text): run(text, bold: true)
        case .footnote: nil
        }
    }

    /// Runs for a line that cannot hold footnotes (the colofon; the markup refuses them there).
    static func runs(_ inlines: [Inline]) -> String { inlines.compactMap(run).joined() }

    /// A field Word and LibreOffice compute when the page is laid out (PAGE, NUMPAGES); the
    /// placeholder shows until then.
    static func field(_ instruction: String, placeholder: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(run(placeholder))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    /// "Pagina X van Y" with real fields.
    static let pageOfPages = run("Pagina ") + field("PAGE", placeholder: "1") + run(" van ") + field("NUMPAGES", placeholder: "1")
}
