import ETEModel
import TestSupport

/// A share as a reader of the published files sees it: the whole percentage (nil when withheld)
/// and the number of answers behind it.
struct SeenShare: Equatable {
    var percent: Int?
    var answered: Int
}

/// One question of one year as published: the national share and the shares per group of each
/// partition (size classes, provinces), whose groups together hold every respondent.
struct SeenQuestion {
    var label: String
    var national: SeenShare
    var partitions: [String: [String: SeenShare]]
}

/// An attacker that knows only what the files show (and, at worst, who is in which group, and its
/// own answer). For each group it works out the exact number of positive answers where it can:
/// from the percentage (exact while the group has at most 100 answers), or by differencing within
/// a partition (national minus all other groups). A group whose exact count is 0 or all, or 1 or
/// all but 1 (a member that subtracts its own answer), gives away answers of other municipalities.
enum DisclosureAttacker {
    /// The positive counts that give `percent` of `answered`; one value means the count is known.
    static func counts(_ share: SeenShare) -> [Int] {
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
    }

    /// Every group (or the nation) of a question whose answers can be derived, described for a message.
    static func findings(_ question: SeenQuestion) -> [String] {
        var findings: [String] = []
        let national = exact(question.national)
        if let national, discloses(positive: national, answered: question.national.answered) {
            findings.append("\(question.label): landelijk \(national) van \(question.national.answered)")
        }
        for (partition, groups) in question.partitions.sorted(by: { $0.key < $1.key }) {
            var known: [String: Int] = [:]
            for (name, share) in groups { if let count = exact(share) { known[name] = count } }
            // Differencing: the nation minus every other group gives the one group left.
            let open = groups.filter { $0.value.answered > 0 && known[$0.key] == nil }
            if let national, open.count == 1, let (name, _) = open.first {
                known[name] = national - groups.filter { $0.key != name }.reduce(0) { $0 + (known[$1.key] ?? 0) }
            }
            for (name, positive) in known.sorted(by: { $0.key < $1.key }) {
                let answered = groups[name]!.answered
                if discloses(positive: positive, answered: answered) {
                    findings.append("\(question.label): \(partition) \(name) \(positive) van \(answered)")
                }
            }
        }
        return findings
    }

    /// The questions of a national workbook as its reader sees them: those every respondent answers,
    /// since only for those the group sheets give the number of answers (the respondents).
    static func questions(in workbook: XlsxContent, questionnaire: Questionnaire) throws -> [SeenQuestion] {
        func percent(_ value: String?) -> Int? { value.flatMap(Double.init).map { Int(($0 * 100).rounded()) } }
        func groups(_ sheet: String) -> (columns: [String: String], counts: [String: Int]) {
            let header = workbook.row(sheet, 3), counts = workbook.row(sheet, 4)
            var columns: [String: String] = [:], answered: [String: Int] = [:]
            for (column, name) in header where column != "A" {
                columns[column] = name
                answered[name] = Int(counts[column] ?? "") ?? 0
            }
            return (columns, answered)
        }
        let sheets = ["grootteklasse": "Grootteklassen", "provincie": "Provincies"]
        let layout = sheets.mapValues(groups)
        let total = layout["provincie"]!.counts.values.reduce(0, +)
        var seen: [SeenQuestion] = []
        for question in questionnaire.questions where question.hasPositiveShare {
            let national = try workbook.requireRow("Landelijk", label: question.label)
            guard Int(national["C"] ?? "") == total else { continue }
            var partitions: [String: [String: SeenShare]] = [:]
            for (partition, sheet) in sheets {
                let row = try workbook.requireRow(sheet, label: question.label)
                let (columns, counts) = layout[partition]!
                partitions[partition] = Dictionary(uniqueKeysWithValues: columns.map { column, name in
                    (name, SeenShare(percent: percent(row[column]), answered: counts[name] ?? 0))
                })
            }
            seen.append(SeenQuestion(label: question.label, national: SeenShare(percent: percent(national["B"]), answered: total),
                                     partitions: partitions))
        }
        return seen
    }
}
