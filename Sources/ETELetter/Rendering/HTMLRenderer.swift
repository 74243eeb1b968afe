import ETEOutput

/// The letter as one self-contained HTML file, laid out for printing on A4: the Kenmerk and
/// "Pagina X van Y" in the page margin, footnotes numbered and listed at the end.
struct HTMLRenderer {
    let document: LetterDocument
    let title: String

    func render() -> String {
        var footnotes: [Footnote] = []
        var body: [String] = []
        if let notice = document.notice { body.append("<p class=\"notice\">\(e(notice))</p>") }
        body.append("<header class=\"letterhead\">")
        if let logo = document.logo {
            let type = logo.format == .png ? "image/png" : "image/jpeg"
            body.append(
                "<p class=\"logo\"><img src=\"data:\(type);base64,\(logo.data.base64EncodedString())\" alt=\"Logo van de afzender\"></p>")
        }
        body.append("<div class=\"recipient\">")
        // One top-level heading for screen readers and outlines; on paper the Betreft line says it.
        body.append("<h1 class=\"visually-hidden\">\(e(title))</h1>")
        if let returnAddress = document.returnAddress { body.append("<p class=\"return-address\">\(e(returnAddress))</p>") }
        if !document.address.isEmpty { body.append("<p class=\"address\">\(document.address.map(e).joined(separator: "<br>"))</p>") }
        if !document.fields.isEmpty {
            body.append(
                "<dl class=\"fields\">" + document.fields.map { "<dt>\(e($0.label))</dt><dd>\(e($0.value))</dd>" }.joined() + "</dl>")
        }
        body.append("</div>")
        if !document.colophon.isEmpty { body.append(colophon) }
        body.append("</header>")
        body.append("<main>")
        var lastHeading = title
        for block in document.body {
            switch block {
            case .heading(let level, let text):
                lastHeading = text.plainText
                body.append("<h\(level + 1)>\(inline(text, &footnotes))</h\(level + 1)>")
            case .paragraph(let text): body.append("<p>\(inline(text, &footnotes))</p>")
            case .bullets(let items): body.append("<ul>" + items.map { "<li>\(inline($0, &footnotes))</li>" }.joined() + "</ul>")
            case .table(let header, let rows):
                let head = "<tr>" + header.map { "<th scope=\"col\">\(inline($0, &footnotes))</th>" }.joined() + "</tr>"
                let cells = rows.map { "<tr>" + $0.map { "<td>\(inline($0, &footnotes))</td>" }.joined() + "</tr>" }.joined()
                // The table is named after the section it stands in, so a reader knows what it lists.
                body.append("<table><caption>Tabel bij \(e(lastHeading))</caption><thead>\(head)</thead><tbody>\(cells)</tbody></table>")
            }
        }
        body.append("</main>")
        if !document.signature.isEmpty {
            body.append("<p class=\"signature\">" + document.signature.map { $0.isEmpty ? "" : e($0) }.joined(separator: "<br>") + "</p>")
        }
        if !footnotes.isEmpty {
            body.append("<section class=\"footnotes\"><h2>Voetnoten</h2><ol>")
            for (index, note) in footnotes.enumerated() {
                let text = note.url.map { "<a href=\"\(e($0))\">\(e(note.displayText))</a>" } ?? e(note.text)
                body.append(
                    "<li id=\"fn\(index + 1)\">\(text) <a href=\"#fnref\(index + 1)\" aria-label=\"terug naar de tekst bij voetnoot \(index + 1)\">↩</a></li>"
                )
            }
            body.append("</ol></section>")
        }
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>\(e(title))</title>
            <style>
            \(Self.css(reference: document.reference ?? ""))
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private func inline(_ inlines: [Inline], _ footnotes: inout [Footnote]) -> String {
        inlines.map { part in
            switch part {
            case .text(let text): return e(text)
            case .emphasis(let text): return "<em>\(e(text))</em>"
            case .strong(let text): return "<strong>\(e(text))</strong>"
            case .footnote(let note):
                footnotes.append(note)
                let number = footnotes.count
                return
                    "<sup class=\"fnref\"><a href=\"#fn\(number)\" id=\"fnref\(number)\" aria-label=\"voetnoot \(number)\">\(number)</a></sup>"
            }
        }.joined()
    }

    /// The colofon beside the addressee: one paragraph per group of lines.
    private var colophon: String {
        var groups: [[[Inline]]] = [[]]
        for line in document.colophon {
            if line.isEmpty { groups.append([]) } else { groups[groups.count - 1].append(line) }
        }
        var unused: [Footnote] = []
        let paragraphs = groups.filter { !$0.isEmpty }.map { "<p>" + $0.map { inline($0, &unused) }.joined(separator: "<br>") + "</p>" }
        return "<aside class=\"colofon\" aria-label=\"Colofon\">" + paragraphs.joined() + "</aside>"
    }

    private func e(_ text: String) -> String { XMLText.escape(text) }

    /// A4 pages; the margin boxes carry the Kenmerk and the page numbers when printed.
    static func css(reference: String) -> String {
        let quoted = reference.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
            @page { size: A4; margin: 30mm 20mm 25mm 25mm;
              @top-right { content: "Kenmerk \(quoted)"; font: 8pt Verdana, sans-serif; }
              @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt Verdana, sans-serif; } }
            body { font: 9.5pt/1.5 Verdana, "DejaVu Sans", sans-serif; color: #000; max-width: 165mm; margin: 0 auto; }
            .notice { border: 2px solid #c00000; color: #c00000; font-weight: bold; padding: 4pt 8pt; }
            .letterhead { display: grid; grid-template-columns: 1fr 40mm; column-gap: 10mm; margin-bottom: 36pt; }
            .logo { grid-column: 1 / 3; text-align: center; margin: 0 0 12pt; } .logo img { height: 37mm; }
            .return-address { font-size: 6.5pt; line-height: 9pt; margin-bottom: 6pt; }
            .address { font-size: 9pt; line-height: 12pt; margin-bottom: 36pt; }
            .colofon { font-size: 6.5pt; line-height: 9pt; } .colofon p { margin: 0 0 9pt; }
            .fields { display: grid; grid-template-columns: 18mm auto; gap: 0 6pt; font-size: 9pt; line-height: 12pt; }
            .fields dd { margin: 0; }
            h2 { font-size: 10pt; margin: 18pt 0 4pt; break-after: avoid; }
            h3 { font-size: 9.5pt; font-style: italic; margin: 12pt 0 2pt; break-after: avoid; }
            p { margin: 0 0 9pt; }
            ul { margin: 0 0 9pt; padding-left: 16pt; }
            table { border-collapse: collapse; margin: 6pt 0 12pt; }
            th, td { border: 1px solid #999; padding: 2pt 6pt; text-align: left; }
            .signature { margin-top: 18pt; break-inside: avoid; }
            p:has(+ .signature) { break-after: avoid; break-inside: avoid; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            caption { text-align: left; font-style: italic; padding-bottom: 2pt; }
            .footnotes { border-top: 1px solid #999; margin-top: 24pt; font-size: 8pt; }
            .footnotes h2 { font-size: 8pt; }
            sup.fnref a { text-decoration: none; }
            """
    }
}
