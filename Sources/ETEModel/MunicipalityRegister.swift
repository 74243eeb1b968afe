/// A municipality that ended on `date`: merged into one successor, or divided over several.
public struct MunicipalityMerger: Sendable, Equatable, Hashable {
    public var code: MunicipalityCode
    public var name: String
    /// The first day the municipality no longer exists.
    public var date: Day
    /// One successor when it merged; several when it was divided.
    public var successors: [MunicipalityCode]
    /// Where the merger is documented (a CBS list, a law), as staff recorded it.
    public var source: String

    public init(code: MunicipalityCode, name: String, date: Day, successors: [MunicipalityCode], source: String = "") {
        self.code = code
        self.name = name
        self.date = date
        self.successors = successors
        self.source = source
    }
}

/// Every municipality the store knows, with its lifetime, and the mergers that connect them.
/// The one place that says which municipalities a year counts (`Municipality.exists(in:)`) and
/// which municipalities a newer one came from.
public struct MunicipalityRegister: Sendable {
    public let all: [Municipality]
    public let mergers: [MunicipalityMerger]
    private let byCode: [MunicipalityCode: Municipality]

    public init(_ municipalities: [Municipality], mergers: [MunicipalityMerger]) {
        all = municipalities
        self.mergers = mergers
        byCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(code: MunicipalityCode) -> Municipality? { byCode[code] }

    /// The municipalities of `year`: those existing on 1 January.
    public func municipalities(in year: Int) -> [Municipality] { all.filter { $0.exists(in: year) } }

    /// The municipalities existing on `day`.
    public func municipalities(on day: Day) -> [Municipality] { all.filter { $0.exists(on: day) } }

    /// The mergers that ended a municipality and named `code` as its only successor, oldest first:
    /// the predecessors whose figures add up to the new municipality's. A municipality that was
    /// divided over several successors is no one's sole predecessor.
    public func predecessors(of code: MunicipalityCode) -> [MunicipalityMerger] {
        mergers.predecessors(of: code).sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// Every merger that names `code` as a successor (also divisions), for saying where it came from.
    public func origins(of code: MunicipalityCode) -> [MunicipalityMerger] {
        mergers.filter { $0.successors.contains(code) }.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// The merger that ended `code`, if any.
    public func merger(ending code: MunicipalityCode) -> MunicipalityMerger? { mergers.first { $0.code == code } }
}

/// Where a municipality formed by a merger came from, as every output of it says.
public struct MunicipalityOrigin: Sendable, Equatable {
    /// The first day it exists.
    public let since: Day
    /// The municipalities it was formed from (also those divided over it), oldest merger first.
    public let predecessors: [MunicipalityMerger]

    /// Nil for a municipality without a recorded beginning or without predecessors.
    public init?(_ municipality: Municipality, register: MunicipalityRegister) {
        guard let since = municipality.existsFrom else { return nil }
        let origins = register.origins(of: municipality.code)
        guard !origins.isEmpty else { return nil }
        self.since = since
        predecessors = origins
    }

    /// "bestaat sinds 1 januari 2027, ontstaan uit Landsmeer, Oostzaan en Wormerland".
    public var phrase: String {
        let names = predecessors.map { ($0.successors.count > 1 ? "een deel van " : "") + $0.name }
        return "bestaat sinds \(since.dutchLong), ontstaan uit \(DutchPhrase.list(names))"
    }
}

extension Collection where Element == MunicipalityMerger {
    /// The mergers that name `code` as their only successor, in the list's order: the one rule for
    /// whose figures add up to a new municipality's (a divided municipality is no one's sole predecessor).
    public func predecessors(of code: MunicipalityCode) -> [MunicipalityMerger] { filter { $0.successors == [code] } }
}
