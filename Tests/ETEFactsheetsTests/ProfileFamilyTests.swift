import ETEModel
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

@testable import ETEAnalysis

/// The policy-profile shares of a group add up to those judged: a reader of the public annex must
/// not get a withheld share back as n minus the shown ones, nor a too small set of withheld shares.
@Suite("Policy-profile shares are decided as one family")
struct ProfileFamilyTests {
    /// Reads only the national workbook's Beleidsprofiel sheet, as any reader can.
    @Test func theAnnexGivesNoWithheldShareBack() throws {
        let url = try BenchmarkWorkbooks(overview: DemoFactsheets.overview, outputFolder: try Scratch().folder).writeNational()
        let sheet = try #require(try XlsxContent(url: url).cells["Beleidsprofiel"])
        let profiles = DemoFactsheets.overview.profileRules?.profiles.count ?? 0
        try #require(profiles == 3)
        let columns = ["C", "D", "E"]
        var rows = 0
        var withheldSeen = 0
        for row in 4...80 {
            guard let n = sheet["B\(row)"].flatMap({ Int($0) }), n > 0 else { continue }
            rows += 1
            let cells = columns.map { sheet["\($0)\(row)"] ?? "" }
            let shown = cells.compactMap { Double($0) }.map { Int(($0 * 100).rounded()) }
            let withheld = cells.count - shown.count
            withheldSeen += withheld
            // Nothing or everything withheld: nothing to derive.
            guard withheld > 0, withheld < cells.count else { continue }
            #expect(withheld >= 2, "rij \(row) (\(sheet["A\(row)"] ?? "")): één aandeel weggelaten, te herleiden uit n en de andere")
            // Every shown share as the counts that round to it; when each is exact, so is the rest.
            let exact = shown.map { percent in (0...n).filter { DutchNumber.roundedPercentage($0, of: n) == percent } }
            guard exact.allSatisfy({ $0.count == 1 }) else { continue }
            let rest = n - exact.map { $0[0] }.reduce(0, +)
            #expect(
                DisclosureRule.allowsShare(positive: rest, answered: n),
                "rij \(row) (\(sheet["A\(row)"] ?? "")): de weggelaten aandelen samen zijn \(rest) van \(n)")
        }
        #expect(rows > 10)
        #expect(withheldSeen > 0, "the demo withholds no profile share: the test proves nothing")
    }

    /// One member withheld alone gets a partner; the withheld members together pass the rule.
    @Test func aLoneWithheldMemberGetsAPartner() {
        let family: [DisclosureCell] = [.profile("a"), .profile("b"), .profile("c")]
        let counts = [
            FigureCount(positive: 1, answered: 20), FigureCount(positive: 12, answered: 20), FigureCount(positive: 7, answered: 20),
        ]
        #expect(SuppressionPlan.completion(family, counts: counts, withheld: [.profile("a")]) == [.profile("c")])
        #expect(SuppressionPlan.completion(family, counts: counts, withheld: []).isEmpty)
        // Two withheld that together are still all-but-one of the group need a third.
        let tight = [FigureCount(positive: 0, answered: 8), FigureCount(positive: 1, answered: 8), FigureCount(positive: 7, answered: 8)]
        #expect(SuppressionPlan.completion(family, counts: tight, withheld: [.profile("a")]) == [.profile("b"), .profile("c")])
    }
}
