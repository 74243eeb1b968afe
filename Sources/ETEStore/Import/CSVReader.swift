import ETEModel
import Foundation

/// A field of a CSV file with where it stands.
public struct CSVField: Sendable, Equatable {
    public var value: String
    /// Line on which the field starts (a quoted field may span several lines).
    public var line: Int
    /// 1-based field number within the record.
    public var column: Int
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [CSVField]

    public var isBlank: Bool { fields.allSatisfy { $0.value.trimmingCharacters(in: .whitespaces).isEmpty } }
}

/// A parsed CSV file: its header and records.
public struct CSVDocument: Sendable {
    public var fileName: String
    public var delimiter: Character
    public var header: [CSVField]
    public var records: [CSVRecord]
}

/// Reads CSV as staff receive it from survey tools and Excel: comma, semicolon or tab
/// separated (detected from the header), optional UTF-8 byte order mark, RFC 4180 quoting
/// with newlines inside quoted fields, CRLF or LF line ends.
/// Hand-written rather than a library so every field keeps its exact line and column,
/// which the Dutch error messages need.
public enum CSVReader {
    public static func read(_ data: Data, fileName: String) throws -> CSVDocument {
        let text = try decode(data, fileName: fileName, refusingControlCharacters: false)
        let delimiter = detectDelimiter(text)
        var records = try parse(text, delimiter: delimiter, fileName: fileName)
        try refuseControlCharacters(in: records, fileName: fileName)
        records.removeAll { $0.isBlank }
        guard let header = records.first else {
            throw ImportFailure(ImportIssue(file: fileName, message: "bestand is leeg; verwacht een kopregel met kolomnamen"))
        }
        return CSVDocument(fileName: fileName, delimiter: delimiter, header: header.fields, records: Array(records.dropFirst()))
    }

    /// How to save a file as UTF-8, for the kind of file (a CSV from a spreadsheet, or any other text).
    static let csvAdvice = "sla het op als 'CSV UTF-8' (in Excel: Opslaan als → CSV UTF-8)"
    static let textAdvice = "sla het op als UTF-8-tekst (in een teksteditor: Opslaan als → codering UTF-8)"

    /// Validates the bytes as UTF-8 text and strips a byte order mark. `advice` says how to save the file instead.
    /// `refusingControlCharacters`: false for a CSV, whose fields are checked after parsing (so a
    /// problem is located by field).
    static func decode(
        _ data: Data, fileName: String, advice: String = csvAdvice, refusingControlCharacters: Bool = true
    ) throws
        -> String
    {
        let bytes = [UInt8](data)
        func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> ImportFailure {
            ImportFailure(ImportIssue(file: fileName, line: line, column: column, message: message))
        }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw fail("bestand is leeg; verwacht een kopregel met kolomnamen")
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw fail("dit is een Excel-, Word- of zipbestand, geen tekst; \(advice)")
        }
        if let encoding = wideEncoding(bytes) { throw fail("bestand is \(encoding)-tekst; \(advice)") }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: body)
            throw fail("bestand bevat binaire gegevens (NUL-teken), verwacht CSV-tekst", line: line, column: column)
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let (line, column) = position(of: firstInvalidUTF8Offset(body), in: body)
            throw fail(
                "ongeldige UTF-8-tekst bij teken \(column) (mogelijk Windows-1252/ANSI); \(advice)",
                line: line)
        }
        // Word's line-break characters are kept (they become line breaks where the text is read);
        // every other control character is refused: no document may hold it, and a terminal acts on it.
        if refusingControlCharacters { try refuseControlCharacters(text, fileName: fileName) }
        return text
    }

    /// Reads a whole text file (YAML, a passage): `decode`, with Word's line-break characters as line breaks.
    static func decodeText(_ url: URL) throws -> String {
        let name = url.lastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw ImportFailure(ImportIssue(file: name, message: "dit is een map; verwacht een tekstbestand"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ImportFailure(ImportIssue(file: url.path, message: "bestand niet gevonden of niet leesbaar"))
        }
        if data.allSatisfy({ Set(" \t\r\n".utf8).contains($0) }) { return "" }
        // After `decode` the only characters a document may not hold are Word's line breaks.
        return DutchText.documentSafe(try decode(data, fileName: name, advice: textAdvice))
    }

    /// "UTF-32" or "UTF-16" when the bytes are text in one of those, with or without a byte order
    /// mark (without one, most Dutch text has a zero byte beside every letter); nil otherwise.
    static func wideEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let sample = Array(bytes.prefix(400))
        guard sample.count >= 8 else { return nil }
        func zeroShare(_ positions: StrideTo<Int>) -> Double {
            let picked = positions.map { sample[$0] }
            return Double(picked.filter { $0 == 0 }.count) / Double(max(picked.count, 1))
        }
        let quads = Array(stride(from: 0, to: sample.count - 3, by: 4))
        let zeroTriples = quads.filter { sample[$0 + 1] == 0 && sample[$0 + 2] == 0 && (sample[$0] == 0 || sample[$0 + 3] == 0) }.count
        if Double(zeroTriples) / Double(max(quads.count, 1)) > 0.6 { return "UTF-32" }
        if zeroShare(stride(from: 1, to: sample.count, by: 2)) > 0.6 || zeroShare(stride(from: 0, to: sample.count, by: 2)) > 0.6 {
            return "UTF-16"
        }
        return nil
    }

    /// Every field with a character no document may hold, located by line and field.
    private static func refuseControlCharacters(in records: [CSVRecord], fileName: String) throws {
        var issues: [ImportIssue] = []
        for field in records.lazy.flatMap(\.fields) {
            guard let scalar = field.value.unicodeScalars.first(where: { !DutchText.isAcceptedInText($0) }) else { continue }
            issues.append(
                ImportIssue(
                    file: fileName, line: field.line, column: field.column,
                    message:
                        "stuurteken \(DutchText.printable(String(scalar))) in dit veld is niet toegestaan; verwijder het (een Word-regeleinde wordt wel begrepen)"
                ))
            if issues.count > ImportFailure.listedIssueLimit { break }
        }
        if !issues.isEmpty { throw ImportFailure(issues: issues) }
    }

    private static func refuseControlCharacters(_ text: String, fileName: String) throws {
        var issues: [ImportIssue] = []
        var line = 1
        var column = 0
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 0
                continue
            }
            if !DutchText.isAcceptedInText(scalar) {
                issues.append(
                    ImportIssue(
                        file: fileName, line: line,
                        message:
                            "stuurteken \(DutchText.printable(String(scalar))) bij teken \(column) van de regel is niet toegestaan; verwijder het (een Word-regeleinde wordt wel begrepen)"
                    ))
                if issues.count > ImportFailure.listedIssueLimit { break }
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues: issues) }
    }

    /// The most frequent of ; , and tab outside quotes on the first line.
    static func detectDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, character.isNewline { break }
            if !inQuotes, counts[character] != nil { counts[character]! += 1 }
        }
        let best = counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }
        return (best?.value ?? 0) > 0 ? best!.key : ","
    }

    static func parse(_ text: String, delimiter: Character, fileName: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var value = ""
        var line = 1
        var recordLine = 1
        var fieldLine = 1
        var inQuotes = false
        var wasQuoted = false
        var quoteStartLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil

        func endField() {
            fields.append(CSVField(value: value, line: fieldLine, column: fields.count + 1))
            value = ""
            wasQuoted = false
            fieldLine = line
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }

        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        value.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if character.isNewline, !DutchText.isLineBreakControl(character.unicodeScalars.first!) { line += 1 }
                    value.append(character == "\r\n" || DutchText.isLineBreakControl(character.unicodeScalars.first!) ? "\n" : character)
                }
                continue
            }
            switch character {
            case "\"" where value.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                quoteStartLine = line
            case delimiter:
                endField()
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
                fieldLine = line
            default:
                if wasQuoted, !character.isWhitespace {
                    throw ImportFailure(
                        ImportIssue(
                            file: fileName, line: line, column: fields.count + 1,
                            message:
                                "tekst na het afsluitende aanhalingsteken; verwacht '\(printable(delimiter))' of het einde van de regel"))
                }
                if !wasQuoted { value.append(DutchText.isLineBreakControl(character.unicodeScalars.first!) ? "\n" : character) }
            }
        }
        if inQuotes {
            throw ImportFailure(
                ImportIssue(
                    file: fileName, line: quoteStartLine, column: fields.count + 1,
                    message: "aanhalingsteken wordt niet gesloten; verwacht een afsluitend \""))
        }
        if !value.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }

    static func printable(_ delimiter: Character) -> String { delimiter == "\t" ? "tab" : String(delimiter) }

    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        // Column in characters: count bytes that start a UTF-8 sequence.
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            if bytes[(index + 1)..<(index + length)].contains(where: { $0 & 0xC0 != 0x80 }) { return index }
            index += length
        }
        return index
    }
}
