import ETEModel

/// Figures that are not published: nationally and per group of each partition.
public struct WithheldCells: Sendable, Equatable {
    public var national: Set<DisclosureCell> = []
    /// Per partition (by its name), per group name.
    public var groups: [String: [String: Set<DisclosureCell>]] = [:]

    public init(national: Set<DisclosureCell> = [], groups: [String: [String: Set<DisclosureCell>]] = [:]) {
        self.national = national
        self.groups = groups
    }

    public func of(partition: String, group: String) -> Set<DisclosureCell> { groups[partition]?[group] ?? [] }

    mutating func insert(_ cell: DisclosureCell, partition: String, group: String) {
        groups[partition, default: [:]][group, default: []].insert(cell)
    }

    /// Every withheld figure of this and of `other`.
    public func union(_ other: WithheldCells) -> WithheldCells {
        WithheldCells(
            national: national.union(other.national),
            groups: groups.merging(other.groups) { $0.merging($1) { $0.union($1) } })
    }
}

/// Which figures of which groups are withheld in a benchmark year, decided once for every output
/// (national annex, municipality workbooks, later factsheets), so the same cell gets the same
/// decision everywhere.
///
/// Primary suppression: a cell that fails `DisclosureRule`. Secondary suppression: within a
/// partition of the respondents (size classes, provinces), the national figure minus the
/// published groups gives the suppressed groups together; so a partition never withholds exactly
/// one group, and the withheld groups together must pass the rule themselves. Then
/// `CrossTableAudit` differences all tables at once and, while it can isolate answers, one more
/// group is withheld. A pillar score is shown only where every question behind it is shown (else
/// it would give the withheld one back).
public struct SuppressionPlan: Sendable {
    /// Per partition, how many group figures each step withheld: the rule itself (with an earlier
    /// release's decisions), the partition's own differencing, and the cross-table audit beyond both.
    public struct Cost: Sendable, Equatable {
        public var primary = 0, withinPartition = 0, audit = 0
        /// Withheld because a family member (a policy profile share) would follow from the others and n.
        public var family = 0
    }

    public let withheld: WithheldCells
    /// The cost of each step per partition (pillar scores, which follow their questions, not counted).
    public let cost: [String: Cost]
    /// How many figures every group has (shares, options, means and pillar scores), to state the rule's cost.
    public let cellsPerGroup: Int

    public var national: Set<DisclosureCell> { withheld.national }
    public func withheld(partition: String, group: String) -> Set<DisclosureCell> { withheld.of(partition: partition, group: group) }

    /// `forced`: figures that stay withheld whatever the counts say (decisions of an earlier release).
    /// `profiles`: the policy profiles whose shares are published too.
    public init(
        questionnaire: Questionnaire, national: BenchmarkAggregate, table: RespondentTable, forced: WithheldCells = WithheldCells(),
        profiles: [PolicyProfile] = []
    ) {
        var result = WithheldCells()
        var cost: [String: Cost] = [:]
        let figures = FigureCount.figures(of: questionnaire, profiles: profiles)
        cellsPerGroup = figures.count + Pillar.allCases.count
        for (cell, count) in figures {
            let decision = FigureDecision(
                cell: cell, table: table, counts: table.cells.mapValues(count), national: count(national), forced: forced)
            if decision.nationalWithheld { result.national.insert(cell) }
            for partition in table.partitions {
                let primary = decision.primaryGroups[partition]?.count ?? 0
                let partitionStep = decision.partitionGroups[partition]?.count ?? primary
                cost[partition, default: Cost()].primary += primary
                cost[partition, default: Cost()].withinPartition += partitionStep - primary
                cost[partition, default: Cost()].audit += (decision.withheldGroups[partition]?.count ?? 0) - partitionStep
            }
            for (partition, groups) in decision.withheldGroups {
                for group in groups { result.insert(cell, partition: partition, group: group) }
            }
        }
        let before = table.partitions.map { partition in result.groups[partition]?.values.reduce(0) { $0 + $1.count } ?? 0 }
        result = Self.completingFamilies(
            profiles.map { DisclosureCell.profile($0.id) }, figures: figures, in: result, table: table, national: national, forced: forced)
        for (index, partition) in table.partitions.enumerated() {
            cost[partition, default: Cost()].family += (result.groups[partition]?.values.reduce(0) { $0 + $1.count } ?? 0) - before[index]
        }
        let respondents = table.respondentsPerGroup()
        for pillar in Pillar.allCases {
            let cell = DisclosureCell.pillar(pillar.rawValue)
            let basis = Set(questionnaire.pillarScoreBasis(pillar).keys.map { DisclosureCell.share(question: $0) })
            if !basis.isDisjoint(with: result.national) || national.respondents < DisclosureRule.minimumAnswers
                || forced.national.contains(cell)
            {
                result.national.insert(cell)
            }
            for partition in table.partitions {
                for group in table.groups(of: partition) {
                    if !basis.isDisjoint(with: result.of(partition: partition, group: group))
                        || respondents[partition]?[group] ?? 0 < DisclosureRule.minimumAnswers
                        || forced.of(partition: partition, group: group).contains(cell)
                    {
                        result.insert(cell, partition: partition, group: group)
                    }
                }
            }
        }
        withheld = result
        self.cost = cost
    }

    /// Figures that partition a group's respondents (the policy-profile shares add up to those
    /// judged) are decided as one family: in the nation and in every group, a withheld member must
    /// not follow from n and the shown members. So never exactly one member is withheld, and the
    /// withheld members together pass the rule; a member withheld this way is then decided again
    /// across all tables (its own partitions and the audit), until nothing changes.
    static func completingFamilies(
        _ family: [DisclosureCell], figures: [(DisclosureCell, (BenchmarkAggregate) -> FigureCount)], in decided: WithheldCells,
        table: RespondentTable, national: BenchmarkAggregate, forced: WithheldCells
    ) -> WithheldCells {
        guard family.count > 1 else { return decided }
        let countOf = Dictionary(figures.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        var result = decided
        while true {
            var added: Set<DisclosureCell> = []
            let nationalCounts = family.map { countOf[$0].map { count in count(national) } ?? FigureCount() }
            for cell in completion(family, counts: nationalCounts, withheld: result.national) {
                result.national.insert(cell)
                added.insert(cell)
            }
            for partition in table.partitions {
                for group in table.groups(of: partition) {
                    let members = table.cells.filter { table.group(of: $0.key, in: partition) == group }.map(\.value)
                    let counts = family.map { cell in
                        members.reduce(FigureCount()) { $0 + (countOf[cell]?($1) ?? FigureCount()) }
                    }
                    for cell in completion(family, counts: counts, withheld: result.of(partition: partition, group: group)) {
                        result.insert(cell, partition: partition, group: group)
                        added.insert(cell)
                    }
                }
            }
            guard !added.isEmpty else { return result }
            for cell in added {
                guard let count = countOf[cell] else { continue }
                let decision = FigureDecision(
                    cell: cell, table: table, counts: table.cells.mapValues(count), national: count(national),
                    forced: forced.union(result))
                if decision.nationalWithheld { result.national.insert(cell) }
                for (partition, groups) in decision.withheldGroups {
                    for group in groups { result.insert(cell, partition: partition, group: group) }
                }
            }
        }
    }

    /// The members to withhold besides those already withheld, in one group: none when none is
    /// withheld; else the smallest shown ones until at least two are withheld and together they pass the rule.
    static func completion(_ family: [DisclosureCell], counts: [FigureCount], withheld: Set<DisclosureCell>) -> [DisclosureCell] {
        var hidden = family.indices.filter { withheld.contains(family[$0]) }
        guard !hidden.isEmpty, let answered = counts.first?.answered, answered > 0 else { return [] }
        var added: [DisclosureCell] = []
        func union() -> FigureCount {
            hidden.reduce(FigureCount(answered: answered)) { FigureCount(positive: $0.positive + counts[$1].positive, answered: answered) }
        }
        while hidden.count < family.count, hidden.count == 1 || !DisclosureRule.allowsShare(positive: union().positive, answered: answered)
        {
            let shown = family.indices.filter { !hidden.contains($0) }
            guard let next = shown.min(by: { (counts[$0].positive, family[$0].key) < (counts[$1].positive, family[$1].key) }) else { break }
            hidden.append(next)
            added.append(family[next])
        }
        return added
    }
}
