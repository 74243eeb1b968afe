import Foundation

/// The discussion of a command's `--help`, laid out once by ete: running text is joined and filled
/// to `width` columns; an indented line (a list entry or an example) keeps its own line and wraps
/// under its description. At 78 columns the parser, which wraps at the screen's width (at least
/// 80), leaves every line as it is, so the text is never wrapped twice.
enum HelpText {
    static let width = 78

    static func wrapped(_ text: String, width: Int = width) -> String {
        var lines: [String] = []
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { lines += fill(paragraph.joined(separator: " "), width: width, hanging: 0, first: "") }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                endParagraph()
                lines.append("")
            } else if line.first == " " {
                endParagraph()
                lines += entry(line, width: width)
            } else {
                paragraph.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        endParagraph()
        return lines.joined(separator: "\n")
    }

    /// "  name      description": wrapped lines continue under the description.
    private static func entry(_ line: String, width: Int) -> [String] {
        let indent = line.prefix { $0 == " " }.count
        var hanging = indent + 2
        if let gap = line.dropFirst(indent).range(of: "  ") {
            let start = line.distance(from: line.startIndex, to: gap.upperBound)
            hanging = start + line[gap.upperBound...].prefix { $0 == " " }.count
        }
        guard line.count > width, hanging < width / 2 else { return [line] }
        let head = String(line.prefix(hanging))
        return fill(String(line.dropFirst(hanging)), width: width, hanging: hanging, first: head)
    }

    /// Words filled into lines of at most `width` (a longer word gets a line of its own).
    private static func fill(_ text: String, width: Int, hanging: Int, first: String) -> [String] {
        var lines: [String] = []
        var current = first
        var empty = true
        for word in text.split(separator: " ") {
            if !empty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(repeating: " ", count: hanging)
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(current)
        return lines
    }
}
