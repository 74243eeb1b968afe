import ETEModel
import Foundation

/// Letter markup: the small Markdown dialect the letter templates and yearly passages are written in.
///
///     ::: adres                      letterhead blocks: retouradres, adres, kop (Label: waarde),
///                                    colofon (lines; **label**), ondertekening
///     De Voorzitter van de Tweede Kamer
///     :::
///     # Actielijn 1: …               section; "## …" is a subsection
///     Een alinea loopt door tot een lege regel, met *nadruk*, **vet** en een
///     voetnoot^[Titel van de bron](https://voorbeeld.nl) of^[een voetnoot zonder adres].
///     - een opsommingsteken per regel
///     | kop | kop |                  a table; the first row is the header
///     |---|---|
///     | a | b |
///
/// A backslash makes the next character literal (\* \^ \\).
public enum LetterMarkup {
    /// A problem in the markup, located in the filled-in letter (for a paragraph: the line it starts on).
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var excerpt: String
        public var message: String

        public init(line: Int, excerpt: String, message: String) {
            self.line = line
            self.excerpt = excerpt
            self.message = message
        }

        public var description: String { "regel \(line) van de ingevulde brief (\(DutchText.quoted(excerpt))): \(message)" }
    }

    public static func parse(_ markup: String) throws -> LetterDocument {
        var parser = BlockParser(lines: markup.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        return try parser.document()
    }

    /// Inline markup of one paragraph, heading or list item.
    public static func inlines(_ text: String, line: Int = 0) throws -> [Inline] {
        var scanner = InlineScanner(text: Array(text), line: line)
        return try scanner.scan()
    }
}

private struct BlockParser {
    let lines: [String]
    var index = 0
    var parsed = LetterDocument()
    var paragraph: [String] = []
    var paragraphLine = 0

    init(lines: [String]) { self.lines = lines }

    mutating func document() throws -> LetterDocument {
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if trimmed.hasPrefix(":::") {
                try flushParagraph()
                try fencedBlock(name: trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces), startLine: number)
                continue
            }
            if trimmed.isEmpty {
                try flushParagraph()
            } else if trimmed.hasPrefix("#") {
                try flushParagraph()
                let level = trimmed.prefix { $0 == "#" }.count
                guard level <= 2 else { throw problem(number, "alleen # (hoofdstuk) en ## (paragraaf) zijn mogelijk") }
                let text = trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)
                parsed.body.append(.heading(level: level, text: try LetterMarkup.inlines(text, line: number)))
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("• ") {
                try flushParagraph()
                try bulletList()
                continue
            } else if trimmed.hasPrefix("|") {
                try flushParagraph()
                try table()
                continue
            } else {
                if paragraph.isEmpty { paragraphLine = number }
                paragraph.append(trimmed)
            }
            index += 1
        }
        try flushParagraph()
        return parsed
    }

    private mutating func flushParagraph() throws {
        guard !paragraph.isEmpty else { return }
        parsed.body.append(.paragraph(try LetterMarkup.inlines(paragraph.joined(separator: " "), line: paragraphLine)))
        paragraph = []
    }

    /// Consecutive "- " lines; an indented line continues the item above it.
    private mutating func bulletList() throws {
        var items: [(text: String, line: Int)] = []
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("• ") {
                items.append((String(trimmed.dropFirst(2)), index + 1))
            } else if !trimmed.isEmpty, line.first == " ", !items.isEmpty {
                items[items.count - 1].text += " " + trimmed
            } else {
                break
            }
            index += 1
        }
        parsed.body.append(.bullets(try items.map { try LetterMarkup.inlines($0.text, line: $0.line) }))
    }

    private mutating func table() throws {
        var rows: [(cells: [[Inline]], line: Int)] = []
        let firstLine = index + 1
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("|") {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            var cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            cells.removeFirst()
            if cells.last?.isEmpty == true { cells.removeLast() }
            let isSeparator = cells.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }
            if !isSeparator { rows.append((try cells.map { try LetterMarkup.inlines($0, line: index + 1) }, index + 1)) }
            index += 1
        }
        guard let header = rows.first?.cells else { throw problem(firstLine, "tabel zonder rijen") }
        if let wrong = rows.first(where: { $0.cells.count != header.count }) {
            throw problem(wrong.line, "tabelrij heeft \(wrong.cells.count) cellen; de kop heeft er \(header.count)")
        }
        parsed.body.append(.table(header: header, rows: rows.dropFirst().map(\.cells)))
    }

    private mutating func fencedBlock(name: String, startLine: Int) throws {
        index += 1
        var content: [String] = []
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != ":::" {
            content.append(lines[index].trimmingCharacters(in: .whitespaces))
            index += 1
        }
        guard index < lines.count else { throw problem(startLine, "blok \"::: \(name)\" wordt niet afgesloten met \":::\"") }
        index += 1
        switch name {
        case "adres":
            parsed.address = content.filter { !$0.isEmpty }
        case "kop":
            for (offset, line) in content.enumerated() where !line.isEmpty {
                guard let colon = line.firstIndex(of: ":") else {
                    throw problem(startLine + 1 + offset, "verwacht \"Label: waarde\", zoals \"Kenmerk: 1234567-DMO\"")
                }
                parsed.fields.append(
                    .init(
                        label: String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                        value: String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
        case "ondertekening":
            parsed.signature = trimBlankLines(content)
        case "retouradres":
            parsed.returnAddress = content.filter { !$0.isEmpty }.joined(separator: " ")
        case "colofon":
            // Optional groups leave blank lines behind; one blank line separates two groups.
            parsed.colophon = []
            for (offset, line) in content.enumerated() where !(line.isEmpty && parsed.colophon.last?.isEmpty != false) {
                let inlines = try LetterMarkup.inlines(line, line: startLine + 1 + offset)
                // The column has no room for a footnote; refused rather than left out unseen.
                if inlines.contains(where: { if case .footnote = $0 { true } else { false } }) {
                    throw problem(startLine + 1 + offset, "een voetnoot kan niet in het colofon; noem de bron in de tekst van de brief")
                }
                parsed.colophon.append(inlines)
            }
            if parsed.colophon.last?.isEmpty == true { parsed.colophon.removeLast() }
        default:
            throw problem(startLine, "onbekend blok \"\(name)\"; verwacht retouradres, adres, kop, colofon of ondertekening")
        }
    }

    private func trimBlankLines(_ lines: [String]) -> [String] {
        Array(lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed())
    }

    private func problem(_ line: Int, _ message: String) -> LetterMarkup.Problem {
        let text = line - 1 < lines.count ? lines[line - 1].trimmingCharacters(in: .whitespaces) : ""
        return LetterMarkup.Problem(line: line, excerpt: text, message: message)
    }
}

private struct InlineScanner {
    let text: [Character]
    let line: Int
    var position = 0
    var result: [Inline] = []
    var pending = ""

    init(text: [Character], line: Int) {
        self.text = text
        self.line = line
    }

    mutating func scan() throws -> [Inline] {
        while position < text.count {
            let character = text[position]
            if character == "\\", position + 1 < text.count {
                pending.append(text[position + 1])
                position += 2
            } else if character == "^", next == "[" {
                try footnote()
            } else if character == "*", next == "*", let end = find("**", from: position + 2) {
                emit(.strong(unescaped(position + 2, end)))
                position = end + 2
            } else if character == "*", let end = find("*", from: position + 1), end > position + 1 {
                emit(.emphasis(unescaped(position + 1, end)))
                position = end + 1
            } else {
                pending.append(character)
                position += 1
            }
        }
        flush()
        return result
    }

    private var next: Character? { position + 1 < text.count ? text[position + 1] : nil }

    /// The next unescaped `marker` from `start`.
    private func find(_ marker: String, from start: Int) -> Int? {
        let pattern = Array(marker)
        var index = start
        while index + pattern.count <= text.count {
            if text[index] == "\\" {
                index += 2
                continue
            }
            if Array(text[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    /// The text between two markers with its backslash escapes resolved.
    private func unescaped(_ start: Int, _ end: Int) -> String {
        var result = ""
        var index = start
        while index < end {
            if text[index] == "\\", index + 1 < end { index += 1 }
            result.append(text[index])
            index += 1
        }
        return result
    }

    /// "^[tekst](url)" or "^[tekst]"; brackets inside the text must be balanced.
    private mutating func footnote() throws {
        var depth = 0
        var index = position + 1
        var close: Int?
        while index < text.count {
            if text[index] == "[" {
                depth += 1
            } else if text[index] == "]" {
                depth -= 1
                if depth == 0 {
                    close = index
                    break
                }
            }
            index += 1
        }
        guard let close else { throw problem("voetnoot \"^[\" wordt niet afgesloten met \"]\"") }
        let noteText = String(text[(position + 2)..<close]).trimmingCharacters(in: .whitespaces)
        guard !noteText.isEmpty else { throw problem("lege voetnoot") }
        position = close + 1
        var url: String?
        if position < text.count, text[position] == "(" {
            guard let end = text[position...].firstIndex(of: ")") else {
                throw problem("adres van de voetnoot wordt niet afgesloten met \")\"")
            }
            url = String(text[(position + 1)..<end]).trimmingCharacters(in: .whitespaces)
            position = end + 1
        }
        // The marker follows the word directly, so a space before it is dropped.
        while pending.last == " " { pending.removeLast() }
        emit(.footnote(Footnote(text: noteText, url: url)))
    }

    private mutating func emit(_ inline: Inline) {
        flush()
        result.append(inline)
    }

    private mutating func flush() {
        if !pending.isEmpty { result.append(.text(pending)) }
        pending = ""
    }

    private func problem(_ message: String) -> LetterMarkup.Problem {
        LetterMarkup.Problem(line: line, excerpt: String(text), message: message)
    }
}
