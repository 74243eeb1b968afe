/// Remembers on which line a key was first seen, so a second row for the same thing
/// is reported with both lines.
struct DuplicateGuard<Key: Hashable> {
    private var firstLine: [Key: Int] = [:]

    /// Returns false (and records an issue) when `key` was seen before.
    mutating func admit(_ key: Key, row: CSVRow, column: String, what: String) -> Bool {
        if let earlier = firstLine[key] {
            row.report(
                column, "\(what) staat ook op regel \(earlier); verwacht één regel per \(what.split(separator: " ").first ?? "waarde")")
            return false
        }
        firstLine[key] = row.line
        return true
    }
}
