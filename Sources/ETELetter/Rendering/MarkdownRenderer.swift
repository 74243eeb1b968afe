/// The letter as Markdown (CommonMark with footnotes), for review and version control.
struct MarkdownRenderer {
    let document: LetterDocument

    func render() -> String {
        var parts: [String] = []
        var footnotes: [Footnote] = []
        if let notice = document.notice { parts.append("> **\(escape(notice))**") }
        if let returnAddress = document.returnAddress { parts.append("*\(escape(returnAddress))*") }
        if !document.address.isEmpty { parts.append(hardBreaks(document.address.map(escape))) }
        if !document.fields.isEmpty { parts.append(hardBreaks(document.fields.map { "**\(escape($0.label))** \(escape($0.value))" })) }
        // The colofon as quoted lines, its groups apart, so that a review sees sender and Kenmerk.
        if !document.colophon.isEmpty {
            var unused: [Footnote] = []
            parts.append(
                hardBreaks(document.colophon.map { inline($0, &unused) }).split(separator: "\n", omittingEmptySubsequences: false).map {
                    $0.isEmpty ? ">" : "> " + $0
                }.joined(separator: "\n"))
        }
        for block in document.body {
            switch block {
            case .heading(let level, let text):
                parts.append(String(repeating: "#", count: level) + " " + inline(text, &footnotes))
            case .paragraph(let text):
                parts.append(inline(text, &footnotes))
            case .bullets(let items):
                parts.append(items.map { "- " + inline($0, &footnotes) }.joined(separator: "\n"))
            case .table(let header, let rows):
                let cells = { (row: [[Inline]]) in "| " + row.map { inline($0, &footnotes) }.joined(separator: " | ") + " |" }
                parts.append(
                    ([cells(header), "|" + String(repeating: "---|", count: header.count)] + rows.map(cells)).joined(separator: "\n"))
            }
        }
        if !document.signature.isEmpty { parts.append(hardBreaks(document.signature.map(escape))) }
        if !footnotes.isEmpty {
            parts.append(
                footnotes.enumerated().map { number, note in
                    "[^\(number + 1)]: " + (note.url.map { "[\(escape(note.displayText))](<\($0)>)" } ?? escape(note.text))
                }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func inline(_ inlines: [Inline], _ footnotes: inout [Footnote]) -> String {
        inlines.map { part in
            switch part {
            case .text(let text): return escape(text)
            case .emphasis(let text): return "*\(escape(text))*"
            case .strong(let text): return "**\(escape(text))**"
            case .footnote(let note):
                footnotes.append(note)
                return "[^\(footnotes.count)]"
            }
        }.joined()
    }

    /// Lines kept apart by CommonMark hard breaks (a backslash at the end of a line); empty lines stay empty.
    private func hardBreaks(_ lines: [String]) -> String {
        var output = ""
        for (index, line) in lines.enumerated() {
            output += line
            guard index < lines.count - 1 else { break }
            output += line.isEmpty || lines[index + 1].isEmpty ? "\n" : "\\\n"
        }
        return output
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "*_[]<>\\`".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
