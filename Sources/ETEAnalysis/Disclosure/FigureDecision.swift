import ETEModel

/// A figure's counts in a group: answers that count as positive, and all answers (for a mean only
/// `answered` matters). Counts add up over groups.
struct FigureCount: Sendable {
    var positive = 0, answered = 0

    static func + (lhs: FigureCount, rhs: FigureCount) -> FigureCount {
        FigureCount(positive: lhs.positive + rhs.positive, answered: lhs.answered + rhs.answered)
    }

    static func += (lhs: inout FigureCount, rhs: FigureCount) { lhs = lhs + rhs }

    /// Every figure of the questionnaire that carries answers, and the share of each policy
    /// profile, with how to count it in a group.
    static func figures(
        of questionnaire: Questionnaire, profiles: [PolicyProfile] = []
    ) -> [(DisclosureCell, (BenchmarkAggregate) -> FigureCount)] {
        var figures: [(DisclosureCell, (BenchmarkAggregate) -> FigureCount)] = profiles.map { profile in
            (
                .profile(profile.id),
                { aggregate in
                    let tally = aggregate.profileTallies[profile.id]
                    return FigureCount(positive: tally?.positive ?? 0, answered: tally?.answered ?? 0)
                }
            )
        }
        for question in questionnaire.questions {
            let id = question.id
            switch question.type {
            case .multipleChoice:
                for option in question.options {
                    figures.append(
                        (
                            .option(question: id, option: option.code),
                            { aggregate in
                                let tally = aggregate.optionTallies[id]?[option.code]
                                return FigureCount(positive: tally?.positive ?? 0, answered: tally?.answered ?? 0)
                            }
                        ))
                }
            case .number:
                figures.append((.mean(question: id), { aggregate in FigureCount(positive: 0, answered: aggregate.answered[id] ?? 0) }))
            default:
                figures.append(
                    (
                        .share(question: id),
                        { aggregate in
                            let tally = aggregate.tallies[id]
                            return FigureCount(positive: tally?.positive ?? 0, answered: tally?.answered ?? 0)
                        }
                    ))
            }
        }
        return figures
    }
}

/// The decision for one figure (a share, an option share or a mean) of one year: whether the
/// national value and which groups' values are withheld.
struct FigureDecision {
    private(set) var nationalWithheld: Bool
    /// Per partition: the withheld groups.
    private(set) var withheldGroups: [String: Set<String>] = [:]
    /// Per partition: the groups withheld by the rule itself (or an earlier release), and those the
    /// partition's own differencing added; what is withheld beyond both the cross-table audit added.
    private(set) var primaryGroups: [String: Set<String>] = [:]
    private(set) var partitionGroups: [String: Set<String>] = [:]

    private let cell: DisclosureCell
    private let table: RespondentTable
    private let counts: [RespondentTable.Cell: FigureCount]
    private let national: FigureCount
    /// Per partition, per group: its counts (groups without answers left out: they show nothing and hide nothing).
    private let groupCounts: [String: [String: FigureCount]]

    init(
        cell: DisclosureCell, table: RespondentTable, counts: [RespondentTable.Cell: FigureCount], national: FigureCount,
        forced: WithheldCells
    ) {
        self.cell = cell
        self.table = table
        self.counts = counts
        self.national = national
        var groupCounts: [String: [String: FigureCount]] = [:]
        for partition in table.partitions {
            var groups: [String: FigureCount] = [:]
            for (key, count) in counts where count.answered > 0 {
                groups[table.group(of: key, in: partition), default: FigureCount()] += count
            }
            groupCounts[partition] = groups
        }
        self.groupCounts = groupCounts
        nationalWithheld = !Self.allows(cell, national) || forced.national.contains(cell)
        for (partition, groups) in groupCounts {
            withheldGroups[partition] = Set(
                groups.filter { !Self.allows(cell, $0.value) || forced.of(partition: partition, group: $0.key).contains(cell) }.keys)
        }
        primaryGroups = withheldGroups
        decide()
    }

    static func allows(_ cell: DisclosureCell, _ count: FigureCount) -> Bool {
        if case .mean = cell { return DisclosureRule.allowsMean(answered: count.answered) }
        return DisclosureRule.allowsShare(positive: count.positive, answered: count.answered)
    }

    /// Secondary suppression within each partition, then the audit over all tables, until it finds
    /// nothing; then the groups the audit added that a later addition made unnecessary are shown again.
    private mutating func decide() {
        for partition in table.partitions { completeWithinPartition(partition) }
        partitionGroups = withheldGroups
        // A mean is not a count: a rounded mean bounds a sum only loosely, so it is not audited.
        if case .mean = cell { return }
        var audited = false
        while true {
            for partition in table.partitions { completeWithinPartition(partition) }
            guard let disclosed = audit() else {
                if audited { showUnneededAuditGroups() }
                return
            }
            audited = true
            guard let (partition, group) = nextGroupToWithhold(around: disclosed) else {
                if nationalWithheld { return }
                nationalWithheld = true
                continue
            }
            withheldGroups[partition, default: []].insert(group)
        }
    }

    /// Tries each group the audit added, largest first, in print again: it stays shown when its
    /// partition stays complete and the audit still finds nothing. The audit adds one group at a
    /// time, so an early choice can become redundant once later ones close the same route.
    private mutating func showUnneededAuditGroups() {
        let added = table.partitions.flatMap { partition in
            (withheldGroups[partition] ?? []).subtracting(partitionGroups[partition] ?? []).map {
                (partition: partition, group: $0, answered: groupCounts[partition]?[$0]?.answered ?? 0)
            }
        }.sorted { ($0.answered, $0.partition, $0.group) > ($1.answered, $1.partition, $1.group) }
        for candidate in added {
            var trial = self
            trial.withheldGroups[candidate.partition]?.remove(candidate.group)
            guard trial.isComplete(candidate.partition), trial.audit() == nil else { continue }
            self = trial
        }
    }

    /// Whether the partition's withheld groups already satisfy `completeWithinPartition`.
    private func isComplete(_ partition: String) -> Bool {
        var trial = self
        trial.completeWithinPartition(partition)
        return trial.withheldGroups[partition] == withheldGroups[partition]
    }

    /// Withholds the smallest further groups until no single group can be recovered by differencing
    /// from the national figure and the withheld groups together pass the rule.
    private mutating func completeWithinPartition(_ partition: String) {
        let present = groupCounts[partition] ?? [:]
        var withheld = withheldGroups[partition] ?? []
        func union() -> FigureCount { withheld.reduce(FigureCount()) { $0 + present[$1]! } }
        while !withheld.isEmpty, withheld.count == 1 || !Self.allows(cell, union()) {
            let candidates = present.filter { !withheld.contains($0.key) }
            guard let next = candidates.min(by: { ($0.value.answered, $0.key) < ($1.value.answered, $1.key) }) else { break }
            withheld.insert(next.key)
        }
        withheldGroups[partition] = withheld
    }

    /// The cell that differencing over the national figure, the row-side groups and the columns
    /// isolates, if any; not one whose answers a shown large group already gives by the rule's own exception.
    private func audit() -> RespondentTable.Cell? {
        let (audit, keys) = makeAudit()
        return audit.firstDisclosedCell(excluding: { isAcceptedAllOrNothing(keys[$0]) }).map { keys[$0] }
    }

    /// Whether differencing still isolates this cell.
    private func discloses(_ cell: RespondentTable.Cell) -> Bool {
        guard !isAcceptedAllOrNothing(cell) else { return false }
        let (audit, keys) = makeAudit()
        return keys.firstIndex(of: cell).map(audit.discloses) ?? false
    }

    /// The tables as a reader sees them: every shown figure as the counts that round to it, every
    /// withheld one as anything from none to all.
    private func makeAudit() -> (CrossTableAudit, [RespondentTable.Cell]) {
        let keys = counts.keys.filter { counts[$0]!.answered > 0 }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        func range(_ partition: String, _ group: String) -> ClosedRange<Int> {
            let count = groupCounts[partition]?[group] ?? FigureCount()
            return withheldGroups[partition]?.contains(group) == true ? 0...count.answered : Self.inferable(count)
        }
        let tree = RowTree(
            table: table, answeredPerRow: keys.reduce(into: [:]) { $0[$1.row, default: 0] += counts[$1]!.answered }, range: range)
        let audit = CrossTableAudit(
            cells: keys.map { key in
                CrossTableAudit.Cell(
                    row: tree.rowNode[key.row]!, column: table.columns.firstIndex(of: key.column)!,
                    answered: counts[key]!.answered, positive: counts[key]!.positive)
            },
            national: nationalWithheld ? 0...national.answered : Self.inferable(national),
            rowNodes: tree.nodes, columns: table.columns.map { range(table.columnPartition, $0) })
        return (audit, keys)
    }

    /// Whether a shown group holding the cell is a large all-or-nothing group, which the rule publishes on purpose.
    private func isAcceptedAllOrNothing(_ cell: RespondentTable.Cell) -> Bool {
        if !nationalWithheld, DisclosureRule.isAcceptedAllOrNothing(positive: national.positive, answered: national.answered) {
            return true
        }
        return table.partitions.contains { partition in
            let group = table.group(of: cell, in: partition)
            guard withheldGroups[partition]?.contains(group) != true, let count = groupCounts[partition]?[group] else { return false }
            return DisclosureRule.isAcceptedAllOrNothing(positive: count.positive, answered: count.answered)
        }
    }

    private static func inferable(_ count: FigureCount) -> ClosedRange<Int> {
        DisclosureRule.inferableCounts(positive: count.positive, answered: count.answered)
    }

    /// The next group to withhold when differencing isolates `cell`: the smallest shown group whose
    /// withholding (with its partition completed) ends that, also one that does not hold the cell;
    /// a sibling can close the route and keep a larger group in print, such as a peer group made of
    /// whole size classes. When no group alone ends it: the smallest shown group holding the cell,
    /// else the smallest shown group anywhere.
    private func nextGroupToWithhold(around cell: RespondentTable.Cell) -> (String, String)? {
        let shown = table.partitions.flatMap { partition in
            (groupCounts[partition] ?? [:]).filter { withheldGroups[partition]?.contains($0.key) != true }.map {
                (partition: partition, group: $0.key, answered: $0.value.answered)
            }
        }.sorted { ($0.answered, $0.partition, $0.group) < ($1.answered, $1.partition, $1.group) }
        let holding = shown.filter { $0.group == table.group(of: cell, in: $0.partition) }
        let largestWorthTrying = holding.first?.answered ?? Int.max
        for candidate in shown where candidate.answered <= largestWorthTrying {
            var trial = self
            trial.withheldGroups[candidate.partition, default: []].insert(candidate.group)
            trial.completeWithinPartition(candidate.partition)
            if !trial.discloses(cell) { return (candidate.partition, candidate.group) }
        }
        return (holding.first ?? shown.first).map { ($0.partition, $0.group) }
    }
}
