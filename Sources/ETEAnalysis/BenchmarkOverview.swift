import ETEModel
import ETEStore

/// A group of municipalities whose benchmark answers are shown only as an aggregate, with the
/// figures `SuppressionPlan` withholds left out.
public struct PeerGroup: Sendable {
    public let name: String
    public let aggregate: BenchmarkAggregate
    /// The figures of this group that are not published (see `DisclosureRule`).
    public let withheld: Set<DisclosureCell>

    public init(name: String, aggregate: BenchmarkAggregate, withheld: Set<DisclosureCell>) {
        self.name = name
        self.aggregate = aggregate
        self.withheld = withheld
    }

    public var respondents: Int { aggregate.respondents }
    /// Whether any figure of this group is withheld.
    public var withholdsAny: Bool { !withheld.isEmpty }

    /// The share for a question, nil when withheld or unanswered.
    public func percentage(_ questionID: String) -> Int? {
        withheld.contains(.share(question: questionID)) ? nil : aggregate.tallies[questionID]?.percentage
    }

    public func optionPercentage(_ questionID: String, _ option: String) -> Int? {
        withheld.contains(.option(question: questionID, option: option)) ? nil : aggregate.optionTallies[questionID]?[option]?.percentage
    }

    /// How many group members answered a question (a count, shown even when the shares are withheld).
    public func answered(_ questionID: String) -> Int? { aggregate.answered[questionID] }

    /// The mean of a number question as published: a whole number.
    public func mean(_ questionID: String) -> Double? {
        withheld.contains(.mean(question: questionID)) ? nil : aggregate.means[questionID].map(DisclosureRule.publishedMean)
    }

    public func pillarScore(_ pillar: Pillar) -> Int? {
        withheld.contains(.pillar(pillar.rawValue)) ? nil : aggregate.pillarScore(pillar)
    }

    /// The share of the group with a policy profile, nil when withheld or when no profile can be judged.
    public func profileShare(_ profile: PolicyProfile) -> Int? {
        withheld.contains(.profile(profile.id)) ? nil : aggregate.profileTallies[profile.id]?.percentage
    }

    /// How many members' profile could be judged (a count, shown even when the shares are withheld).
    public var profiled: Int { aggregate.profileTallies.values.first?.answered ?? 0 }

    /// The symbol in place of a figure that is not shown: secret when the rule withholds it, missing otherwise.
    public func symbol(for cell: DisclosureCell) -> StatisticalSymbol { withheld.contains(cell) ? .secret : .missing }
}

/// Everything the benchmark workbooks of one year need, read from the store once and shared
/// (read-only) by all workbook writers.
public struct BenchmarkOverview: Sendable {
    public let year: Int
    public let isDemo: Bool
    public let questionnaire: Questionnaire
    public let municipalities: [Municipality]
    /// Every municipality with its lifetime and the mergers between them, for a new municipality's history.
    public let register: MunicipalityRegister
    /// Benchmark years up to and including `year`, oldest first.
    public let years: [Int]
    public let questionnaires: [Int: Questionnaire]
    public let responses: [Int: [MunicipalityCode: BenchmarkResponse]]
    public let national: [Int: BenchmarkAggregate]
    /// Per benchmark year: which figures are withheld, decided once for every output.
    public let plans: [Int: SuppressionPlan]
    /// Earlier publications of `year`, oldest first; the plan keeps their decisions.
    public let releases: [BenchmarkRelease]
    /// Who is in which group in `year` (the national group included), as a release records it.
    public let members: [String: [String: Set<MunicipalityCode>]]
    public let sizeClasses: [SizeClass: PeerGroup]
    public let provinces: [String: PeerGroup]
    /// The "vergelijkbare gemeenten" of `year`: who is in which group, and the groups' figures.
    public let peerClusters: PeerClusters
    public let peerGroups: [String: PeerGroup]
    /// The years whose population counts set the size classes (the benchmark year's own when available).
    public let populationYears: Set<Int>
    public let weekEdition: WeekEdition?
    public let weekRegistrations: [MunicipalityCode: [WeekRegistration]]
    /// The rules that give each respondent its policy profile; nil when none were given.
    public let profileRules: PolicyProfileRules?

    static let sizeClassPartition = "grootteklasse", provincePartition = "provincie", peerPartition = "vergelijkbaar"

    public var previousYear: Int? { years.last { $0 < year } }

    /// This year's figures as a publication to record, numbered after the earlier ones.
    public func release(publishedOn day: Day) -> BenchmarkRelease {
        let plan = plans[year]!
        var withheld = plan.withheld.groups.mapValues { $0.mapValues { Set($0.map(\.key)) } }
        if !plan.national.isEmpty {
            withheld[BenchmarkRelease.nationalPartition] = [BenchmarkRelease.nationalGroup: Set(plan.national.map(\.key))]
        }
        return BenchmarkRelease(
            year: year, number: (releases.last?.number ?? 0) + 1, publishedOn: day, members: members, withheld: withheld)
    }
    /// All respondents of `year` as one group (the disclosure rule applies to it too).
    public var nation: PeerGroup { nation(in: year)! }
    public func nation(in year: Int) -> PeerGroup? {
        national[year].map { PeerGroup(name: "Landelijk", aggregate: $0, withheld: plans[year]?.national ?? []) }
    }
    /// Whether the pillar score of `year` can be compared with the benchmark year before it.
    public func pillarScoreIsComparable(_ pillar: Pillar, in year: Int) -> Bool {
        guard let before = years.last(where: { $0 < year }), let earlier = questionnaires[before],
            let later = questionnaires[year]
        else { return true }
        return later.pillarScoreIsComparable(pillar, with: earlier)
    }
    public var provinceNames: [String] { provinces.keys.sorted() }
    public func respondents(in year: Int) -> Int { responses[year]?.count ?? 0 }
    public func response(of municipality: MunicipalityCode, in year: Int) -> BenchmarkResponse? { responses[year]?[municipality] }
    public func sizeClassGroup(of municipality: Municipality) -> PeerGroup { sizeClasses[municipality.sizeClass]! }
    public func provinceGroup(of municipality: Municipality) -> PeerGroup { provinces[municipality.province]! }
    public func peerGroup(of municipality: Municipality) -> PeerGroup { peerGroups[peerClusters.groupOf[municipality.code]!]! }
    /// The municipalities in the same peer group, by name.
    public func peers(of municipality: Municipality) -> [Municipality] {
        let group = peerClusters.groupOf[municipality.code]
        return municipalities.filter { peerClusters.groupOf[$0.code] == group }.sorted { $0.name < $1.name }
    }

    public static func load(year: Int, from store: Store, profiles: PolicyProfileRules? = nil) throws -> BenchmarkOverview? {
        try store.read { try load(year: year, reader: $0, profiles: profiles) }
    }

    /// Nil when the year has no questionnaire or no responses. `profiles`: the policy-profile rules,
    /// so that the profile shares are published under the same disclosure rule as every other figure.
    public static func load(year: Int, reader: StoreReader, profiles: PolicyProfileRules? = nil) throws -> BenchmarkOverview? {
        guard let questionnaire = try reader.questionnaire(year: year) else { return nil }
        var questionnaires: [Int: Questionnaire] = [:]
        var responses: [Int: [MunicipalityCode: BenchmarkResponse]] = [:]
        var national: [Int: BenchmarkAggregate] = [:]
        var plans: [Int: SuppressionPlan] = [:]
        let populations = try reader.populations()
        let register = try reader.municipalityRegister()
        let directory = try reader.municipalityDirectory()
        let characteristics = try BundledReferenceFigures.characteristics()
        var current:
            (
                municipalities: [Municipality], populationYears: Set<Int>, partitions: [String: [String: BenchmarkAggregate]],
                releases: [BenchmarkRelease], members: [String: [String: Set<MunicipalityCode>]], clusters: PeerClusters
            )?
        for candidate in try reader.questionnaireYears() where candidate <= year {
            let yearResponses = try reader.benchmarkResponses(year: candidate)
            guard !yearResponses.isEmpty, let definition = try reader.questionnaire(year: candidate) else { continue }
            questionnaires[candidate] = definition
            let byCode = Dictionary(uniqueKeysWithValues: yearResponses.map { ($0.municipality, $0) })
            responses[candidate] = byCode
            national[candidate] = BenchmarkAggregate(questionnaire: definition, responses: yearResponses, profiles: profiles)
            // Size classes use that year's population, so each year gets the groups it had.
            // Each year counts its own municipalities (those existing on 1 January).
            let (municipalities, populationYears) = populations.applying(
                to: register.municipalities(in: candidate), for: candidate, register: register)
            let clusters = PeerClusters(
                municipalities: municipalities, characteristics: characteristics, directory: directory,
                respondents: Set((responses[candidate] ?? [:]).keys))
            let partitions = Self.partitions(
                municipalities, clusters: clusters, questionnaire: definition, responses: byCode, profiles: profiles)
            let table = Self.respondentTable(
                municipalities, clusters: clusters, questionnaire: definition, responses: byCode, profiles: profiles)
            let releases = try reader.benchmarkReleases(year: candidate)
            let members = Self.members(municipalities, clusters: clusters, responses: byCode)
            let forced = ReleaseHistory(releases: releases).forced(
                questionnaire: definition, members: members, responses: byCode, profiles: profiles)
            plans[candidate] = SuppressionPlan(
                questionnaire: definition, national: national[candidate]!, table: table, forced: forced,
                profiles: profiles?.profiles ?? [])
            if candidate == year { current = (municipalities, populationYears, partitions, releases, members, clusters) }
        }
        guard let current, let plan = plans[year] else { return nil }
        func groups(_ partition: String) -> [String: PeerGroup] {
            (current.partitions[partition] ?? [:]).reduce(into: [:]) { result, entry in
                result[entry.key] = PeerGroup(
                    name: entry.key, aggregate: entry.value, withheld: plan.withheld(partition: partition, group: entry.key))
            }
        }
        let sizeClassGroups = groups(sizeClassPartition)
        return BenchmarkOverview(
            year: year, isDemo: try reader.isDemoData(), questionnaire: questionnaire, municipalities: current.municipalities,
            register: register,
            years: responses.keys.sorted(), questionnaires: questionnaires, responses: responses, national: national, plans: plans,
            releases: current.releases, members: current.members,
            sizeClasses: Dictionary(uniqueKeysWithValues: SizeClass.allCases.map { ($0, sizeClassGroups[$0.dutchLabel]!) }),
            provinces: groups(provincePartition),
            peerClusters: current.clusters, peerGroups: groups(peerPartition),
            populationYears: current.populationYears,
            weekEdition: try reader.weekEdition(year: year),
            weekRegistrations: Dictionary(
                grouping: try reader.weekRegistrations(year: year).filter { $0.municipality != nil },
                by: { $0.municipality! }),
            profileRules: profiles)
    }

    /// The respondents per group, as a release records them.
    static func members(
        _ municipalities: [Municipality], clusters: PeerClusters, responses: [MunicipalityCode: BenchmarkResponse]
    ) -> [String: [String: Set<MunicipalityCode>]] {
        let respondents = municipalities.filter { responses[$0.code] != nil }
        return [
            BenchmarkRelease.nationalPartition: [BenchmarkRelease.nationalGroup: Set(respondents.map(\.code))],
            sizeClassPartition: Dictionary(grouping: respondents, by: \.sizeClass.dutchLabel).mapValues { Set($0.map(\.code)) },
            provincePartition: Dictionary(grouping: respondents, by: \.province).mapValues { Set($0.map(\.code)) },
            peerPartition: Dictionary(grouping: respondents) { clusters.groupOf[$0.code]! }.mapValues { Set($0.map(\.code)) },
        ]
    }

    /// The respondents split by size class within peer group (the rows) and by province (the
    /// columns), for the disclosure audit; size classes and peer groups are unions of rows.
    static func respondentTable(
        _ municipalities: [Municipality], clusters: PeerClusters, questionnaire: Questionnaire,
        responses: [MunicipalityCode: BenchmarkResponse], profiles: PolicyProfileRules?
    ) -> RespondentTable {
        func row(_ municipality: Municipality) -> String {
            municipality.sizeClass.dutchLabel + " | " + clusters.groupOf[municipality.code]!
        }
        let byCell = Dictionary(grouping: municipalities.filter { responses[$0.code] != nil }) {
            RespondentTable.Cell(row: row($0), column: $0.province)
        }
        var sizeClassOfRow: [String: String] = [:]
        var peerGroupOfRow: [String: String] = [:]
        for municipality in municipalities {
            sizeClassOfRow[row(municipality)] = municipality.sizeClass.dutchLabel
            peerGroupOfRow[row(municipality)] = clusters.groupOf[municipality.code]!
        }
        return RespondentTable(
            rows: sizeClassOfRow.keys.sorted(),
            rowPartitions: [
                .init(name: sizeClassPartition, groups: SizeClass.allCases.map(\.dutchLabel), groupOfRow: sizeClassOfRow),
                .init(name: peerPartition, groups: clusters.names, groupOfRow: peerGroupOfRow),
            ],
            columnPartition: provincePartition, columns: Set(municipalities.map(\.province)).sorted(),
            cells: byCell.mapValues {
                BenchmarkAggregate(questionnaire: questionnaire, responses: $0.compactMap { responses[$0.code] }, profiles: profiles)
            })
    }

    /// The respondents split by size class (every class, also an empty one), by province and by peer group.
    static func partitions(
        _ municipalities: [Municipality], clusters: PeerClusters, questionnaire: Questionnaire,
        responses: [MunicipalityCode: BenchmarkResponse], profiles: PolicyProfileRules?
    ) -> [String: [String: BenchmarkAggregate]] {
        func aggregate(_ members: [Municipality]) -> BenchmarkAggregate {
            BenchmarkAggregate(questionnaire: questionnaire, responses: members.compactMap { responses[$0.code] }, profiles: profiles)
        }
        let bySizeClass = Dictionary(grouping: municipalities, by: \.sizeClass)
        return [
            sizeClassPartition: Dictionary(
                uniqueKeysWithValues: SizeClass.allCases.map { ($0.dutchLabel, aggregate(bySizeClass[$0] ?? [])) }),
            provincePartition: Dictionary(grouping: municipalities, by: \.province).mapValues(aggregate),
            peerPartition: Dictionary(grouping: municipalities) { clusters.groupOf[$0.code]! }.mapValues(aggregate),
        ]
    }
}
