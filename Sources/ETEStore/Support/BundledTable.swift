import Foundation

/// A tab-separated table shipped in Resources/, with '#' lines for attribution: read whole,
/// every line with exactly the expected number of fields, or the resource counts as missing.
enum BundledTable {
    static func rows(_ resource: String, columns: Int) throws -> [[String]] {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "tsv") else {
            throw StoreError.missingResource("\(resource).tsv")
        }
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map {
            line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns else { throw StoreError.missingResource("\(resource).tsv (onleesbare regel: \(line))") }
            return fields
        }
    }
}
