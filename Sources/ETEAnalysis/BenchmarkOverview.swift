import ETEModel
import ETEStore

/// A group of municipalities whose benchmark answers are shown only as an aggregate.
public struct PeerGroup: Sendable {
    /// Aggregates over fewer municipalities are suppressed, so that no single answer can be read from them.
    public static let minimumRespondents = 5

    public let name: String
    public let aggregate: BenchmarkAggregate

    public var respondents: Int { aggregate.respondents }
    public var isSuppressed: Bool { respondents < Self.minimumRespondents }

    /// The share for a question, nil when suppressed or unanswered.
    public func percentage(_ questionID: String) -> Int? {
        isSuppressed ? nil : aggregate.tallies[questionID]?.percentage
    }

    public func optionPercentage(_ questionID: String, _ option: String) -> Int? {
        isSuppressed ? nil : aggregate.optionTallies[questionID]?[option]?.percentage
    }

    /// How many group members answered a question (a count, shown even when the shares are suppressed).
    public func answered(_ questionID: String) -> Int? { aggregate.answered[questionID] }

    public func mean(_ questionID: String) -> Double? { isSuppressed ? nil : aggregate.means[questionID] }

    public func pillarScore(_ pillar: Pillar) -> Int? { isSuppressed ? nil : aggregate.pillarScore(pillar) }
}

/// Everything the benchmark workbooks of one year need, read from the store once and shared
/// (read-only) by all workbook writers.
public struct BenchmarkOverview: Sendable {
    public let year: Int
    public let isDemo: Bool
    public let questionnaire: Questionnaire
    public let municipalities: [Municipality]
    /// Benchmark years up to and including `year`, oldest first.
    public let years: [Int]
    public let questionnaires: [Int: Questionnaire]
    public let responses: [Int: [MunicipalityCode: BenchmarkResponse]]
    public let national: [Int: BenchmarkAggregate]
    public let sizeClasses: [SizeClass: PeerGroup]
    public let provinces: [String: PeerGroup]
    /// The years whose population counts set the size classes (the benchmark year's own when available).
    public let populationYears: Set<Int>
    public let weekEdition: WeekEdition?
    public let weekRegistrations: [MunicipalityCode: [WeekRegistration]]

    public var previousYear: Int? { years.last { $0 < year } }
    /// All respondents of `year` as one group (the suppression rule applies to it too).
    public var nation: PeerGroup { nation(in: year)! }
    public func nation(in year: Int) -> PeerGroup? { national[year].map { PeerGroup(name: "Landelijk", aggregate: $0) } }
    /// Whether the pillar score of `year` can be compared with the benchmark year before it.
    public func pillarScoreIsComparable(_ pillar: Pillar, in year: Int) -> Bool {
        guard let before = years.last(where: { $0 < year }), let earlier = questionnaires[before],
              let later = questionnaires[year] else { return true }
        return later.pillarScoreIsComparable(pillar, with: earlier)
    }
    public var provinceNames: [String] { provinces.keys.sorted() }
    public func respondents(in year: Int) -> Int { responses[year]?.count ?? 0 }
    public func response(of municipality: MunicipalityCode, in year: Int) -> BenchmarkResponse? { responses[year]?[municipality] }
    public func sizeClassGroup(of municipality: Municipality) -> PeerGroup { sizeClasses[municipality.sizeClass]! }
    public func provinceGroup(of municipality: Municipality) -> PeerGroup { provinces[municipality.province]! }

    public static func load(year: Int, from store: Store) throws -> BenchmarkOverview? {
        try store.read { reader in
            guard let questionnaire = try reader.questionnaire(year: year) else { return nil }
            var questionnaires: [Int: Questionnaire] = [:], responses: [Int: [MunicipalityCode: BenchmarkResponse]] = [:]
            var national: [Int: BenchmarkAggregate] = [:]
            for candidate in try reader.questionnaireYears() where candidate <= year {
                let yearResponses = try reader.benchmarkResponses(year: candidate)
                guard !yearResponses.isEmpty, let definition = try reader.questionnaire(year: candidate) else { continue }
                questionnaires[candidate] = definition
                responses[candidate] = Dictionary(uniqueKeysWithValues: yearResponses.map { ($0.municipality, $0) })
                national[candidate] = BenchmarkAggregate(questionnaire: definition, responses: yearResponses)
            }
            guard let current = responses[year] else { return nil }
            let (municipalities, populationYears) = try reader.populations().applying(to: try reader.municipalities(), for: year)
            let bySizeClass = Dictionary(grouping: municipalities, by: \.sizeClass)
            let byProvince = Dictionary(grouping: municipalities, by: \.province)
            func group(_ name: String, _ members: [Municipality]) -> PeerGroup {
                PeerGroup(name: name, aggregate: BenchmarkAggregate(questionnaire: questionnaire, responses: members.compactMap { current[$0.code] }))
            }
            return BenchmarkOverview(
                year: year, isDemo: try reader.isDemoData(), questionnaire: questionnaire, municipalities: municipalities,
                years: responses.keys.sorted(), questionnaires: questionnaires, responses: responses, national: national,
                sizeClasses: Dictionary(uniqueKeysWithValues: SizeClass.allCases.map { ($0, group($0.dutchLabel, bySizeClass[$0] ?? [])) }),
                provinces: byProvince.mapValues { group($0[0].province, $0) },
                populationYears: populationYears,
                weekEdition: try reader.weekEdition(year: year),
                weekRegistrations: Dictionary(grouping: try reader.weekRegistrations(year: year).filter { $0.municipality != nil },
                                              by: { $0.municipality! }))
        }
    }
}
