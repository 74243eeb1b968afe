import ETEModel
import Foundation

/// Reference data for recognising municipalities beyond their official names, bundled as data:
/// everyday names (aliases such as "Den Haag") and the municipalities abolished by a merger
/// since 2019 (Resources/herindelingen.tsv, source CBS).
public struct MunicipalityDirectory: Sendable {
    /// A municipality that no longer exists.
    public typealias Merger = MunicipalityMerger
    static let bundledSource = "CBS, gemeentelijke herindelingen (ingebouwd, Resources/herindelingen.tsv)"

    public var aliases: [String: MunicipalityCode]
    public var mergers: [Merger]

    public init(aliases: [String: MunicipalityCode] = [:], mergers: [Merger] = []) {
        self.aliases = aliases
        self.mergers = mergers
    }

    /// The directory shipped with the program; empty when the resources are missing (the
    /// resolver then simply knows fewer names, which tests of the bundle catch).
    public static let bundled: MunicipalityDirectory = (try? load()) ?? MunicipalityDirectory()

    static func load() throws -> MunicipalityDirectory {
        var aliases: [String: MunicipalityCode] = [:]
        for fields in try BundledTable.rows("gemeente-aliassen", columns: 2) {
            guard let code = MunicipalityCode(fields[1]) else { throw StoreError.missingResource("gemeente-aliassen.tsv") }
            aliases[DutchText.matchKey(fields[0])] = code
        }
        let mergers = try BundledTable.rows("herindelingen", columns: 4).map { fields -> Merger in
            guard let code = MunicipalityCode(fields[0]), let date = Day(parsing: fields[2]) else {
                throw StoreError.missingResource("herindelingen.tsv")
            }
            let successors = fields[3].split(separator: ",").compactMap { MunicipalityCode(String($0)) }
            return Merger(code: code, name: fields[1], date: date, successors: successors, source: bundledSource)
        }
        return MunicipalityDirectory(aliases: aliases, mergers: mergers)
    }

    /// This directory with the mergers staff recorded (a recorded merger of a bundled code replaces it).
    public func adding(_ recorded: [Merger]) -> MunicipalityDirectory {
        let codes = Set(recorded.map(\.code))
        return MunicipalityDirectory(aliases: aliases, mergers: mergers.filter { !codes.contains($0.code) } + recorded)
    }

    public func merger(code: MunicipalityCode) -> Merger? { mergers.first { $0.code == code } }

    public func merger(named name: String) -> Merger? {
        let key = DutchText.matchKey(name)
        return mergers.first { DutchText.matchKey($0.name) == key }
    }
}
