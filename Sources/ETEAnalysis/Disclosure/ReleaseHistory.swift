import ETEModel

/// What earlier publications of a benchmark year bind a new one to. Everything an earlier release
/// withheld stays withheld (showing it now would give it away). A group whose members changed
/// since (a population correction moves a municipality to another size class, a late response
/// joins) would give the changed members' answers as the difference between the two releases; its
/// figures are withheld unless the change alone is a group the rule would allow.
struct ReleaseHistory {
    let releases: [BenchmarkRelease]

    func forced(
        questionnaire: Questionnaire, members: [String: [String: Set<MunicipalityCode>]],
        responses: [MunicipalityCode: BenchmarkResponse], profiles: PolicyProfileRules? = nil
    ) -> WithheldCells {
        var forced = WithheldCells()
        let figures = FigureCount.figures(of: questionnaire, profiles: profiles?.profiles ?? [])
        for release in releases {
            for (partition, groups) in release.withheld {
                for (group, keys) in groups {
                    for cell in keys.compactMap(DisclosureCell.init(key:)) { forced.insert(cell, partition: partition, group: group) }
                }
            }
            for (partition, groups) in release.members {
                for (group, before) in groups where !before.isEmpty {
                    let now = members[partition]?[group] ?? []
                    guard now != before, !now.isEmpty else { continue }
                    let change = Self.change(
                        from: before, to: now, questionnaire: questionnaire, responses: responses, profiles: profiles)
                    for (cell, count) in figures where change.map({ !FigureDecision.allows(cell, count($0)) }) ?? true {
                        forced.insert(cell, partition: partition, group: group)
                    }
                }
            }
        }
        // The national group is kept as a partition of its own in a release.
        let national = BenchmarkRelease.nationalPartition
        let group = BenchmarkRelease.nationalGroup
        forced.national.formUnion(forced.of(partition: national, group: group))
        forced.groups[national] = nil
        return forced
    }

    /// The members that joined or left, as one group, when the change is only one of the two and
    /// their answers are known; nil when the difference cannot be judged as a group (then it is withheld).
    private static func change(
        from before: Set<MunicipalityCode>, to now: Set<MunicipalityCode>, questionnaire: Questionnaire,
        responses: [MunicipalityCode: BenchmarkResponse], profiles: PolicyProfileRules?
    ) -> BenchmarkAggregate? {
        let joined = now.subtracting(before)
        let left = before.subtracting(now)
        guard joined.isEmpty || left.isEmpty else { return nil }
        let changed = joined.isEmpty ? left : joined
        let answers = changed.compactMap { responses[$0] }
        guard answers.count == changed.count else { return nil }
        return BenchmarkAggregate(questionnaire: questionnaire, responses: answers, profiles: profiles)
    }
}
