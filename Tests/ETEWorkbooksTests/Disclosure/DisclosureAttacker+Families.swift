import ETEAnalysis
import ETEModel
import TestSupport

/// Figures that partition every group (the policy-profile shares add up to those judged), as a
/// reader sees them: one published question per member, over the same groups.
struct SeenFamily {
    var label: String
    var members: [SeenQuestion]

    /// Every group that has a row: the nation (partition nil) and each group of each partition.
    var rows: [(partition: String?, group: String)] {
        guard let first = members.first else { return [] }
        let groups = first.partitions.sorted { $0.key < $1.key }.flatMap { partition, groups in
            groups.keys.sorted().map { (Optional(partition), $0) }
        }
        return [(nil, "")] + groups
    }

    func share(_ member: Int, _ row: (partition: String?, group: String)) -> SeenShare {
        guard let partition = row.partition else { return members[member].national }
        return members[member].partitions[partition]![row.group]!
    }

    mutating func setDerived(_ count: Int, member: Int, _ row: (partition: String?, group: String)) {
        if let partition = row.partition {
            members[member].partitions[partition]![row.group]!.derived = count
        } else {
            members[member].national.derived = count
        }
    }
}

extension DisclosureAttacker {
    /// What the reader works out in a family, until nothing more follows: in a row, the one member
    /// not known is n minus the others; in a member's column, a group is the nation minus the
    /// rest of its partition, and the nation is the sum of a partition known in full.
    static func derived(_ family: SeenFamily) -> SeenFamily {
        var family = family
        var changed = true
        while changed {
            changed = false
            for row in family.rows {
                let shares = family.members.indices.map { family.share($0, row) }
                guard let answered = shares.first?.answered, answered > 0 else { continue }
                let known = shares.map(exact)
                let open = known.indices.filter { known[$0] == nil }
                guard open.count == 1 else { continue }
                family.setDerived(answered - known.compactMap { $0 }.reduce(0, +), member: open[0], row)
                changed = true
            }
            for member in family.members.indices {
                let question = family.members[member]
                for (partition, groups) in knownCounts(question) {
                    for (group, count) in groups where exact(question.partitions[partition]![group]!) == nil {
                        family.setDerived(count, member: member, (partition, group))
                        changed = true
                    }
                }
                guard exact(question.national) == nil else { continue }
                for groups in question.partitions.values
                where !groups.isEmpty && groups.values.allSatisfy({ $0.answered == 0 || exact($0) != nil }) {
                    family.setDerived(groups.values.reduce(0) { $0 + (exact($1) ?? 0) }, member: member, (nil, ""))
                    changed = true
                    break
                }
            }
        }
        return family
    }

    /// Answers the family gives away: a member's exact count (published or worked out) that is all
    /// or nothing, and withheld members that together are all or nothing of their group.
    static func findings(_ family: SeenFamily) -> [String] { findings(worked: derived(family)) }

    /// The findings of a family whose counts are already worked out (`derived`).
    private static func findings(worked family: SeenFamily) -> [String] {
        var found = family.members.flatMap { member in findings(member) }
        for row in family.rows {
            let shares = family.members.indices.map { family.share($0, row) }
            guard let answered = shares.first?.answered, answered > 0 else { continue }
            let known = shares.map(exact)
            let open = known.indices.filter { known[$0] == nil }
            // All withheld says nothing beyond n.
            guard open.count > 1, open.count < shares.count else { continue }
            let together = answered - known.compactMap { $0 }.reduce(0, +)
            if discloses(positive: together, answered: answered) {
                let names = open.map { family.members[$0].label }.joined(separator: " + ")
                found.append("\(family.label): \(row.partition ?? "landelijk") \(row.group) \(names) samen \(together) van \(answered)")
            }
        }
        return found
    }

    /// The Beleidsprofiel sheet of a national workbook as its reader sees it: the nation, then a
    /// section per partition, each row a group with the number judged and a share per profile.
    static func profileFamily(in workbook: XlsxContent) throws -> SeenFamily {
        let sheet = "Beleidsprofiel"
        let header = workbook.row(sheet, 3)
        let columns = header.keys.filter { $0 != "A" && $0 != "B" }.sorted()
        let sections = ["Per grootteklasse": "grootteklasse", "Per provincie": "provincie"]
        var national: [SeenShare]?
        var partitions: [[String: [String: SeenShare]]] = Array(repeating: [:], count: columns.count)
        var partition: String?
        for number in 4...200 {
            let row = workbook.row(sheet, number)
            guard let name = row["A"] else { continue }
            if let next = sections[name] {
                partition = next
                continue
            }
            guard let answered = row["B"].flatMap({ Int($0) }) else { continue }
            let shares = columns.map { column in
                SeenShare(percent: row[column].flatMap(Double.init).map { Int(($0 * 100).rounded()) }, answered: answered)
            }
            if let partition {
                for index in columns.indices { partitions[index][partition, default: [:]][name] = shares[index] }
            } else if national == nil {
                national = shares
            }
        }
        guard let national, !columns.isEmpty else { throw MissingContent(description: "geen beleidsprofielen in \(sheet)") }
        return SeenFamily(
            label: "beleidsprofiel",
            members: columns.indices.map { index in
                SeenQuestion(
                    label: String((header[columns[index]] ?? columns[index]).trimmingPrefix("% ")), national: national[index],
                    partitions: partitions[index])
            })
    }

    /// The attacker's worst-case knowledge per profile: per size class × province, how many
    /// respondents were judged and how many got the profile.
    static func knownProfileCells(_ overview: BenchmarkOverview) -> [[KnownCell]] {
        guard let rules = overview.profileRules else { return [] }
        let responses = overview.responses[overview.year] ?? [:]
        let judged = overview.municipalities.compactMap { municipality in
            responses[municipality.code].flatMap { rules.profile(of: $0, questionnaire: overview.questionnaire) }
                .map { (municipality, $0) }
        }
        let byCell = Dictionary(grouping: judged) { [$0.0.sizeClass.dutchLabel, $0.0.province] }
        return rules.profiles.map { profile in
            byCell.map { key, members in
                KnownCell(
                    sizeClass: key[0], province: key[1], answered: members.count,
                    positive: members.filter { $0.1.id == profile.id }.count)
            }
        }
    }

    /// Everything the family gives away: within rows and columns, and over both tables at once per member.
    static func allFindings(_ family: SeenFamily, cells: [[KnownCell]]) -> [String] {
        let worked = derived(family)
        return findings(worked: worked)
            + zip(worked.members, cells).flatMap { member, cells in findingsOverAllTables(member, cells: cells) }
    }
}
