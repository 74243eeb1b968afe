import Foundation

/// The team's checked reference files in ../shared/data, read the simple way (independent of the
/// program's own readers).
public enum ReferenceData {
    /// loneliness_by_municipality.csv, by "code year age_group" (e.g. "GM0193 2020 18+").
    public static func loneliness() throws -> [String: [String: String]] {
        let text = try String(
            contentsOf: RepositoryPaths.sharedData.appendingPathComponent("loneliness_by_municipality.csv"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        var rows: [String: [String: String]] = [:]
        for line in lines {
            // Only the name column can hold a (quoted) comma; the columns after it are read from the end.
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if line.contains("\"") { fields = [fields[0], "naam"] + Array(fields.suffix(header.count - 2)) }
            let row = Dictionary(uniqueKeysWithValues: zip(header, fields))
            rows["\(row["cbs_code"]!) \(row["year"]!) \(row["age_group"]!)"] = row
        }
        return rows
    }
}
