/// How tall a wrapped cell must be, estimated the way a spreadsheet lays it out: words wrapped
/// greedily at the column width (Excel's unit: the width of one digit in the default 11 pt font),
/// lines of 15 points at 11 pt. The estimate leans on the safe side: ordinary text is narrower
/// than digits, so a line holds a little more than it assumes.
enum TextFit {
    static let defaultColumnWidth = 8.43
    static let defaultRowHeight = 15.0
    static let defaultFontSize = 11.0

    /// One line of text in the format's font size.
    static func lineHeight(_ format: CellFormat) -> Double { defaultRowHeight * (format.fontSize ?? defaultFontSize) / defaultFontSize }

    static func height(of text: String, columnWidth: Double, format: CellFormat) -> Double {
        let fontSize = format.fontSize ?? defaultFontSize
        // Bold and indented text hold fewer characters; the cell padding takes about one.
        let scale = defaultFontSize / fontSize * (format.bold ? 0.9 : 1)
        let capacity = max(1, Int(((columnWidth - 1 - 2 * Double(format.indent)) * scale).rounded(.down)))
        let count = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + lines(of: $1, capacity: capacity) }
        return Double(count) * lineHeight(format)
    }

    /// Lines of at most `capacity` characters, breaking at spaces; a longer word takes lines of its own.
    static func lines(of paragraph: Substring, capacity: Int) -> Int {
        var lines = 1
        var used = 0
        for word in paragraph.split(separator: " ") {
            let length = word.count
            if used == 0 {
                lines += (length - 1) / capacity
                used = (length - 1) % capacity + 1
            } else if used + 1 + length <= capacity {
                used += 1 + length
            } else {
                lines += 1 + (length - 1) / capacity
                used = (length - 1) % capacity + 1
            }
        }
        return lines
    }
}
