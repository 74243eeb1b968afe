import ETEAnalysis
import ETEDemo
import ETEModel
import TestSupport

/// A share as a reader of the published files sees it: the whole percentage (nil when withheld)
/// and the number of answers behind it.
struct SeenShare: Equatable {
    var percent: Int?
    var answered: Int
    /// The exact count when the reader worked it out from other figures (a partition or a family).
    var derived: Int? = nil
}

/// One question of one year as published: the national share and the shares per group of each
/// partition (size classes, provinces), whose groups together hold every respondent.
struct SeenQuestion {
    var label: String
    /// The question's identifier in the questionnaire (empty in hand-made cases).
    var id = ""
    var national: SeenShare
    var partitions: [String: [String: SeenShare]]
}

/// What the attacker is assumed to know besides the files, at worst: how many municipalities of
/// each size class × province × group of similar municipalities answered a question. `positive` is the truth, used only to report
/// what a derivation found (and which readers exist), never to derive.
struct KnownCell: Hashable {
    var sizeClass: String, province: String
    var answered: Int, positive: Int
    /// The group of similar municipalities (empty in hand-made cases without that table).
    var peerGroup = ""
}

/// An attacker that knows only what the files show (and, at worst, who is in which group, and its
/// own answer). For each group it works out the exact number of positive answers where it can:
/// from the percentage (exact while the group has at most 100 answers), or by differencing within
/// a partition (national minus all other groups). A group whose exact count is 0 or all, or 1 or
/// all but 1 (a member that subtracts its own answer), gives away answers of other municipalities.
enum DisclosureAttacker {
    /// The positive counts that give `percent` of `answered`; one value means the count is known.
    static func counts(_ share: SeenShare) -> [Int] {
        if let derived = share.derived { return [derived] }
        guard let percent = share.percent, share.answered > 0 else { return [] }
        return (0...share.answered).filter { DutchNumber.roundedPercentage($0, of: share.answered) == percent }
    }

    static func exact(_ share: SeenShare) -> Int? {
        let candidates = counts(share)
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// Whether an exact count discloses answers: all-or-nothing, or all-or-nothing after one member
    /// takes its own answer away.
    static func discloses(positive: Int, answered: Int) -> Bool {
        answered > 0 && (positive <= 1 || answered - positive <= 1)
            && !DisclosureRule.isAcceptedAllOrNothing(positive: positive, answered: answered)
    }

    /// The exact positive counts the reader can work out per partition and group: from the
    /// percentage, or by differencing within a partition (national minus every other group).
    static func knownCounts(_ question: SeenQuestion) -> [String: [String: Int]] {
        let national = exact(question.national)
        var result: [String: [String: Int]] = [:]
        for (partition, groups) in question.partitions {
            var known: [String: Int] = [:]
            for (name, share) in groups { if let count = exact(share) { known[name] = count } }
            let open = groups.filter { $0.value.answered > 0 && known[$0.key] == nil }
            if let national, open.count == 1, let (name, _) = open.first {
                known[name] = national - groups.filter { $0.key != name }.reduce(0) { $0 + (known[$1.key] ?? 0) }
            }
            result[partition] = known
        }
        return result
    }

    /// Every group (or the nation) of a question whose answers can be derived, described for a message.
    static func findings(_ question: SeenQuestion) -> [String] {
        var findings: [String] = []
        if let national = exact(question.national), discloses(positive: national, answered: question.national.answered) {
            findings.append("\(question.label): landelijk \(national) van \(question.national.answered)")
        }
        for (partition, known) in knownCounts(question).sorted(by: { $0.key < $1.key }) {
            for (name, positive) in known.sorted(by: { $0.key < $1.key }) {
                let answered = question.partitions[partition]![name]!.answered
                if discloses(positive: positive, answered: answered) {
                    findings.append("\(question.label): \(partition) \(name) \(positive) van \(answered)")
                }
            }
        }
        return findings
    }

    /// Two releases of one year: a group whose exact count is known in both and whose members
    /// changed (the reader knows who joined or left) gives the changed members' answers together;
    /// all-or-nothing among them gives each one.
    static func findings(before: SeenQuestion, after: SeenQuestion) -> [String] {
        var findings: [String] = []
        let earlier = knownCounts(before)
        let later = knownCounts(after)
        for (partition, groups) in after.partitions.sorted(by: { $0.key < $1.key }) {
            for (name, share) in groups.sorted(by: { $0.key < $1.key }) {
                guard let then = before.partitions[partition]?[name], share.answered != then.answered, then.answered > 0,
                    let old = earlier[partition]?[name], let new = later[partition]?[name]
                else { continue }
                let changed = share.answered - then.answered
                let difference = new - old
                guard difference * changed >= 0, discloses(positive: abs(difference), answered: abs(changed)) else { continue }
                findings.append(
                    "\(after.label): \(partition) \(name) \(abs(difference)) van \(abs(changed)) \(changed > 0 ? "bijgekomen" : "vertrokken")"
                )
            }
        }
        return findings
    }

    /// The range of counts a published share allows: one count while exact, all of them when withheld.
    static func range(_ share: SeenShare) -> ClosedRange<Int> {
        let candidates = counts(share)
        return candidates.isEmpty ? 0...share.answered : candidates.first!...candidates.last!
    }

    /// Differencing over every table of the question at once (exact bounds over the cells of size
    /// class × province), by an outsider, by a member of a cell and by a member of another cell.
    static func findingsOverAllTables(_ question: SeenQuestion, cells known: [KnownCell]) -> [String] {
        guard !known.isEmpty else { return [] }
        let provinces = Array(question.partitions["provincie"] ?? [:]).map(\.key).sorted()
        let cells = known.filter { $0.answered > 0 }
        // Rows: size class within peer group. The attacker knows who is in which group, so it
        // knows how the published groups nest: one node per group, under the smallest that holds it.
        let rows = Array(Set(known.map { [$0.sizeClass, $0.peerGroup] })).sorted { $0.joined() < $1.joined() }
        var sets: [(rows: Set<Int>, range: ClosedRange<Int>)] = []
        for (partition, position) in [("grootteklasse", 0), ("vergelijkbaar", 1)] {
            for (group, share) in question.partitions[partition] ?? [:] {
                let members = Set(rows.indices.filter { rows[$0][position] == group })
                guard !members.isEmpty else { continue }
                if let index = sets.firstIndex(where: { $0.rows == members }) {
                    sets[index].range = sets[index].range.clamped(to: range(share))
                } else {
                    sets.append((members, range(share)))
                }
            }
        }
        let groups = sets.filter { $0.rows.count > 1 }.sorted { $0.rows.count > $1.rows.count }
        func parent(_ members: Set<Int>) -> Int? {
            groups.indices.last { groups[$0].rows.count > members.count && members.isSubset(of: groups[$0].rows) }
        }
        var nodes = groups.map { CrossTableAudit.RowNode(parent: parent($0.rows), range: $0.range) }
        var nodeOfRow: [Int: Int] = [:]
        for row in rows.indices {
            let answered = cells.filter { [$0.sizeClass, $0.peerGroup] == rows[row] }.reduce(0) { $0 + $1.answered }
            nodeOfRow[row] = nodes.count
            nodes.append(.init(parent: parent([row]), range: sets.first { $0.rows == [row] }?.range ?? 0...answered))
        }
        let audit = CrossTableAudit(
            cells: cells.map { cell in
                CrossTableAudit.Cell(
                    row: nodeOfRow[rows.firstIndex(of: [cell.sizeClass, cell.peerGroup])!]!,
                    column: provinces.firstIndex(of: cell.province)!,
                    answered: cell.answered, positive: cell.positive)
            },
            national: range(question.national), rowNodes: nodes,
            columns: provinces.map { range(question.partitions["provincie"]![$0]!) })
        // A shown group of the rule's large size may be all-or-nothing on purpose; its members' answers are the finding.
        let counts = knownCounts(question)
        func accepted(_ cell: KnownCell) -> Bool {
            if let national = exact(question.national),
                DisclosureRule.isAcceptedAllOrNothing(positive: national, answered: question.national.answered)
            {
                return true
            }
            return [("grootteklasse", cell.sizeClass), ("provincie", cell.province), ("vergelijkbaar", cell.peerGroup)].contains {
                partition, group in
                guard let positive = counts[partition]?[group], let answered = question.partitions[partition]?[group]?.answered else {
                    return false
                }
                return DisclosureRule.isAcceptedAllOrNothing(positive: positive, answered: answered)
            }
        }
        return audit.disclosedCells().map { cells[$0] }.filter { !accepted($0) }.map { cell in
            "\(question.label): \(cell.sizeClass) × \(cell.province)\(cell.peerGroup.isEmpty ? "" : " × \(cell.peerGroup)") \(cell.positive) van \(cell.answered)"
        }
    }

    /// The questions of a national workbook as its reader sees them. Without `known`, only those
    /// every respondent answers (the group sheets give the respondents, not the answers per
    /// question); with it, every question, with the numbers of answers the attacker knows.
    static func questions(
        in workbook: XlsxContent, questionnaire: Questionnaire, known: [String: [KnownCell]]? = nil
    ) throws -> [SeenQuestion] {
        func percent(_ value: String?) -> Int? { value.flatMap(Double.init).map { Int(($0 * 100).rounded()) } }
        func groups(_ sheet: String) -> (columns: [String: String], counts: [String: Int]) {
            let header = workbook.row(sheet, 3)
            let counts = workbook.row(sheet, 4)
            var columns: [String: String] = [:]
            var answered: [String: Int] = [:]
            for (column, name) in header where column != "A" {
                columns[column] = name
                answered[name] = Int(counts[column] ?? "") ?? 0
            }
            return (columns, answered)
        }
        var sheets = ["grootteklasse": "Grootteklassen", "provincie": "Provincies"]
        if workbook.sheetNames.contains("Vergelijkbare gemeenten") { sheets["vergelijkbaar"] = "Vergelijkbare gemeenten" }
        let layout = sheets.mapValues(groups)
        let total = layout["provincie"]!.counts.values.reduce(0, +)
        var seen: [SeenQuestion] = []
        for question in questionnaire.questions where question.hasPositiveShare {
            let national = try workbook.requireRow("Landelijk", label: question.label)
            let cells = known?[question.id]
            guard cells != nil || Int(national["C"] ?? "") == total else { continue }
            func answered(_ partition: String, _ group: String) -> Int {
                guard let cells else { return layout[partition]!.counts[group] ?? 0 }
                let member: (KnownCell) -> String =
                    switch partition {
                    case "grootteklasse": \.sizeClass
                    case "vergelijkbaar": \.peerGroup
                    default: \.province
                    }
                return cells.filter { member($0) == group }.reduce(0) { $0 + $1.answered }
            }
            var partitions: [String: [String: SeenShare]] = [:]
            for (partition, sheet) in sheets {
                let row = try workbook.requireRow(sheet, label: question.label)
                partitions[partition] = Dictionary(
                    uniqueKeysWithValues: layout[partition]!.columns.map { column, name in
                        (name, SeenShare(percent: percent(row[column]), answered: answered(partition, name)))
                    })
            }
            let nationalAnswered = cells.map { $0.reduce(0) { $0 + $1.answered } } ?? total
            seen.append(
                SeenQuestion(
                    label: question.label, id: question.id,
                    national: SeenShare(percent: percent(national["B"]), answered: nationalAnswered),
                    partitions: partitions))
        }
        return seen
    }

    /// Respondents of a store built to be hard: between 6 and 60, two thirds from the small provinces.
    static func hardRespondents(_ municipalities: [Municipality], random: inout SeededGenerator) -> [Municipality] {
        let small = municipalities.filter { ["Flevoland", "Zeeland", "Groningen", "Drenthe"].contains($0.province) }
        let count = Int.random(in: 6...60, using: &random)
        var chosen = random.pick(min(count * 2 / 3, small.count), from: small)
        chosen += random.pick(count - chosen.count, from: municipalities.filter { !chosen.contains($0) })
        return chosen
    }

    /// The attacker's worst-case knowledge for each question of a year: answers per size class × province.
    static func knownCells(_ overview: BenchmarkOverview, year: Int) -> [String: [KnownCell]] {
        let responses = overview.responses[year] ?? [:]
        let respondents = overview.municipalities.filter { responses[$0.code] != nil }
        var known: [String: [KnownCell]] = [:]
        for question in overview.questionnaires[year]?.questions ?? [] where question.hasPositiveShare {
            let byCell = Dictionary(grouping: respondents) {
                [$0.sizeClass.dutchLabel, $0.province, overview.peerClusters.groupOf[$0.code] ?? ""]
            }
            known[question.id] = byCell.map { key, members in
                let answers = members.compactMap { responses[$0.code]?.answers[question.id] }
                return KnownCell(
                    sizeClass: key[0], province: key[1], answered: answers.count, positive: answers.filter(question.counts).count,
                    peerGroup: key[2])
            }
        }
        return known
    }
}
