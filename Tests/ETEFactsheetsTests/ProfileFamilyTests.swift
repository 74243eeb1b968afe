import ETEModel
import TestSupport
import Testing

@testable import ETEAnalysis

/// The policy-profile shares of a group add up to those judged, so they are completed as a family
/// (the file-reading attack on the annex is in ETEWorkbooksTests/Disclosure/FamilyAttackTests).
@Suite("Policy-profile shares are decided as one family")
struct ProfileFamilyTests {
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
