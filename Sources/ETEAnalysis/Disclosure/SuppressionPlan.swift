import ETEModel

/// Which figures of which groups are withheld in a benchmark year, decided once for every output
/// (national annex, municipality workbooks, later factsheets), so the same cell gets the same
/// decision everywhere.
///
/// Primary suppression: a cell that fails `DisclosureRule`. Secondary suppression: within a
/// partition of the respondents (size classes, provinces), the national figure minus the
/// published groups gives the suppressed groups together; so a partition never withholds exactly
/// one group, and the withheld groups together must pass the rule themselves. A pillar score is
/// shown only where every question behind it is shown (else it would give the withheld one back).
public struct SuppressionPlan: Sendable {
    public let national: Set<DisclosureCell>
    /// Per partition (by its name), per group name: the withheld cells.
    public let partitions: [String: [String: Set<DisclosureCell>]]
    /// How many figures every group has (shares, options, means and pillar scores), to state the rule's cost.
    public let cellsPerGroup: Int

    public func withheld(partition: String, group: String) -> Set<DisclosureCell> { partitions[partition]?[group] ?? [] }

    /// `partitions`: name → the groups of a partition of the respondents (each respondent in one group).
    public init(questionnaire: Questionnaire, national: BenchmarkAggregate, partitions: [String: [String: BenchmarkAggregate]]) {
        var nationalWithheld = Set<DisclosureCell>()
        var groupWithheld = partitions.mapValues { $0.mapValues { _ in Set<DisclosureCell>() } }
        let cells = Self.countedCells(questionnaire)
        cellsPerGroup = cells.count + Pillar.allCases.count
        for (cell, count) in cells {
            let whole = count(national)
            if !Self.allows(cell, whole) { nationalWithheld.insert(cell) }
            for (name, groups) in partitions {
                for group in Self.withheldGroups(cell, groups.mapValues(count)) { groupWithheld[name]?[group]?.insert(cell) }
            }
        }
        for pillar in Pillar.allCases {
            let basis = Set(questionnaire.pillarScoreBasis(pillar).keys.map { DisclosureCell.share(question: $0) })
            if !basis.isDisjoint(with: nationalWithheld) || national.respondents < DisclosureRule.minimumAnswers {
                nationalWithheld.insert(.pillar(pillar.rawValue))
            }
            for (name, groups) in groupWithheld {
                for (group, withheld) in groups where !basis.isDisjoint(with: withheld)
                    || (partitions[name]?[group]?.respondents ?? 0) < DisclosureRule.minimumAnswers {
                    groupWithheld[name]?[group]?.insert(.pillar(pillar.rawValue))
                }
            }
        }
        self.national = nationalWithheld
        self.partitions = groupWithheld
    }

    /// A cell's counts in a group: (positive, answered); for a mean only `answered` matters.
    typealias Count = (positive: Int, answered: Int)

    private static func allows(_ cell: DisclosureCell, _ count: Count) -> Bool {
        if case .mean = cell { return DisclosureRule.allowsMean(answered: count.answered) }
        return DisclosureRule.allowsShare(positive: count.positive, answered: count.answered)
    }

    /// The groups of one partition that withhold `cell`: the ones failing the rule, plus the
    /// smallest others until no single group can be recovered by differencing.
    private static func withheldGroups(_ cell: DisclosureCell, _ counts: [String: Count]) -> Set<String> {
        // A group without answers shows nothing and hides nothing.
        let present = counts.filter { $0.value.answered > 0 }
        var withheld = Set(present.filter { !allows(cell, $0.value) }.keys)
        func union() -> Count {
            withheld.reduce((0, 0)) { total, name in (total.0 + present[name]!.positive, total.1 + present[name]!.answered) }
        }
        while !withheld.isEmpty, withheld.count == 1 || !allows(cell, union()) {
            let candidates = present.filter { !withheld.contains($0.key) }
            guard let next = candidates.min(by: { ($0.value.answered, $0.key) < ($1.value.answered, $1.key) }) else { break }
            withheld.insert(next.key)
        }
        return withheld
    }

    /// Every cell of the questionnaire that carries answers, with how to count it in a group.
    private static func countedCells(_ questionnaire: Questionnaire) -> [(DisclosureCell, (BenchmarkAggregate) -> Count)] {
        var cells: [(DisclosureCell, (BenchmarkAggregate) -> Count)] = []
        for question in questionnaire.questions {
            let id = question.id
            switch question.type {
            case .multipleChoice:
                for option in question.options {
                    cells.append((.option(question: id, option: option.code), { aggregate in
                        let tally = aggregate.optionTallies[id]?[option.code]
                        return (tally?.positive ?? 0, tally?.answered ?? 0)
                    }))
                }
            case .number:
                cells.append((.mean(question: id), { aggregate in (0, aggregate.answered[id] ?? 0) }))
            default:
                cells.append((.share(question: id), { aggregate in
                    let tally = aggregate.tallies[id]
                    return (tally?.positive ?? 0, tally?.answered ?? 0)
                }))
            }
        }
        return cells
    }
}
