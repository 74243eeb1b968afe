import Foundation

/// Adds entries to the document properties (the Info dictionary) of a PDF whose Info dictionary is
/// a plain object, as Chromium writes it, by an incremental update: the original bytes stay as
/// they are, a new version of the dictionary and a cross-reference section for it follow.
enum PDFDocumentInfo {
    /// The PDF with `entries` (e.g. "Subject") set; nil when the file is not laid out as expected.
    static func setting(_ entries: [String: String], in pdf: Data) -> Data? {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let trailerStart = text.range(of: "trailer", options: .backwards),
            let startxref = text.range(of: "startxref", options: .backwards),
            let previous = Int(text[startxref.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
            let info = text[trailerStart.upperBound...].firstMatch(of: /\/Info (\d+) 0 R/),
            let root = text[trailerStart.upperBound...].firstMatch(of: /\/Root (\d+ \d+ R)/),
            let size = text[trailerStart.upperBound...].firstMatch(of: /\/Size (\d+)/),
            let object = text.range(of: "\n\(info.output.1) 0 obj\n<<"),
            let end = text[object.upperBound...].range(of: ">>\nendobj")
        else { return nil }
        var dictionary = String(text[object.upperBound..<end.lowerBound])
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            if let earlier = try? Regex("\\n?/\(key) \\((\\\\.|[^\\\\)])*\\)") { dictionary = dictionary.replacing(earlier, with: "") }
            dictionary += "\n/\(key) \(textString(value))"
        }
        var update = Data(pdf)
        if update.last != UInt8(ascii: "\n") { update.append(UInt8(ascii: "\n")) }
        let objectOffset = update.count
        update.append(Data("\(info.output.1) 0 obj\n<<\(dictionary)>>\nendobj\n".utf8))
        let xrefOffset = update.count
        let entry = String(format: "%010d 00000 n \n", objectOffset)
        update.append(
            Data(
                ("xref\n\(info.output.1) 1\n\(entry)trailer\n<</Size \(size.output.1)\n/Root \(root.output.1)\n/Info \(info.output.1) 0 R\n/Prev \(previous)>>\n"
                    + "startxref\n\(xrefOffset)\n%%EOF\n").utf8))
        return update
    }

    /// A PDF text string in UTF-16BE with its byte order mark, as hex: any character, no escaping.
    static func textString(_ value: String) -> String {
        "<FEFF" + value.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}
