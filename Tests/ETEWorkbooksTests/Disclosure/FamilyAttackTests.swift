import ETEAnalysis
import ETEDemo
import ETEModel
import ETEStore
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// Issue "what an attacker still finds", item 1: figures that partition a group (the policy
/// profiles) are attacked as partitions. The attacker reads only the public annex's Beleidsprofiel
/// sheet; the hand-made cases are the published figures of the old rule (each share decided alone).
@Suite("Disclosure control: an attacker on partition families")
struct FamilyAttackTests {
    static func share(_ positive: Int?, of answered: Int) -> SeenShare {
        SeenShare(percent: positive.flatMap { DutchNumber.roundedPercentage($0, of: answered) }, answered: answered)
    }

    static func member(_ label: String, national: SeenShare, provinces: [String: SeenShare]) -> SeenQuestion {
        SeenQuestion(label: label, national: national, partitions: ["provincie": provinces])
    }

    // MARK: The attacker works

    /// The demo's Zuid-Holland under the old rule: 33% and 67% of 21 shown, so a-specifiek is 0 of 21.
    @Test func aWithheldMemberIsNMinusTheShownOnes() {
        let family = SeenFamily(
            label: "beleidsprofiel",
            members: [
                Self.member("structureel", national: Self.share(20, of: 60), provinces: ["ZH": Self.share(7, of: 21)]),
                Self.member("tijdelijk", national: Self.share(30, of: 60), provinces: ["ZH": Self.share(14, of: 21)]),
                Self.member("a-specifiek", national: Self.share(10, of: 60), provinces: ["ZH": Self.share(nil, of: 21)]),
            ])
        #expect(family.members.flatMap { DisclosureAttacker.findings($0) }.isEmpty)
        #expect(DisclosureAttacker.findings(family).contains("a-specifiek: provincie ZH 0 van 21"))
    }

    @Test func withheldMembersTogetherAllOrNothingAreFound() {
        let family = SeenFamily(
            label: "beleidsprofiel",
            members: [
                Self.member("a", national: Self.share(10, of: 20), provinces: [:]),
                Self.member("b", national: Self.share(10, of: 20), provinces: [:]),
                Self.member("c", national: Self.share(nil, of: 20), provinces: [:]),
                Self.member("d", national: Self.share(nil, of: 20), provinces: [:]),
            ])
        #expect(DisclosureAttacker.findings(family) == ["beleidsprofiel: landelijk  c + d samen 0 van 20"])
    }

    /// Neither rows nor columns alone give an answer away: Q's row gives Q's "c" (5), which then
    /// makes P's "c" the nation minus Q: none of 20.
    @Test func rowsAndColumnsTogetherAreFound() {
        let family = SeenFamily(
            label: "beleidsprofiel",
            members: [
                Self.member("a", national: Self.share(20, of: 40), provinces: ["P": Self.share(10, of: 20), "Q": Self.share(10, of: 20)]),
                Self.member("b", national: Self.share(15, of: 40), provinces: ["P": Self.share(nil, of: 20), "Q": Self.share(5, of: 20)]),
                Self.member("c", national: Self.share(5, of: 40), provinces: ["P": Self.share(nil, of: 20), "Q": Self.share(nil, of: 20)]),
            ])
        #expect(family.members.flatMap { DisclosureAttacker.findings($0) }.isEmpty)
        #expect(DisclosureAttacker.findings(family).contains("c: provincie P 0 van 20"))
    }

    // MARK: The rule holds

    static let profiles: PolicyProfileRules = {
        do {
            let questionnaires = try SharedDemo.store.read { try $0.questionnaires() }
            return try PolicyProfileFile.load(templates: RepositoryPaths.templates, questionnaires: questionnaires)
        } catch { fatalError("profile rules: \(error)") }
    }()

    /// Both demo years, from the public annex only.
    @Test(arguments: [2023, 2024])
    func demoAnnexGivesNoProfileAway(year: Int) throws {
        let overview = try #require(try BenchmarkOverview.load(year: year, from: SharedDemo.store, profiles: Self.profiles))
        let annex = try XlsxContent(url: try BenchmarkWorkbooks(overview: overview, outputFolder: try Scratch().folder).writeNational())
        let family = try DisclosureAttacker.profileFamily(in: annex)
        #expect(family.members.count == 3)
        #expect((family.members.first?.partitions["provincie"]?.count ?? 0) >= 12)
        let withheld = family.members.flatMap { [$0.national] + $0.partitions.values.flatMap(\.values) }.filter { $0.percent == nil }
        #expect(!withheld.isEmpty, "the demo withholds no profile share: the attack proves nothing")
        let findings = DisclosureAttacker.allFindings(family, cells: DisclosureAttacker.knownProfileCells(overview))
        #expect(findings.isEmpty, "\(findings)")
    }

    /// Stores built to be hard, as for the single figures: few respondents mostly from small
    /// provinces, with leanings that make one profile rare or nearly universal.
    @Test(arguments: 1...20)
    func randomStoreGivesNoProfileAway(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) + 1000)
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let chosen = DisclosureAttacker.hardRespondents(try store.read { try $0.municipalities() }, random: &random)
        let count = chosen.count
        let ids = ["p1_structureel_budget", "p2_lokale_coalitie", "p5_monitort_evalueert"]
        let leanings = ids.map { _ in [0.05, 0.5, 0.95].randomElement(using: &random)! }
        let options = ["eigen_plan", "breder_beleid", "in_voorbereiding", "niet"]
        let planned = [0.1, 0.5, 0.9].randomElement(using: &random)!
        var lines = ["gemeente;" + (ids + ["p1_beleid_vastgelegd"]).joined(separator: ";")]
        for municipality in chosen {
            let answers = leanings.map { random.chance($0) ? "ja" : "nee" }
            let policy =
                random.chance(planned) ? options[Int.random(in: 0...1, using: &random)] : options[Int.random(in: 2...3, using: &random)]
            lines.append(([municipality.code.rawValue] + answers + [policy]).joined(separator: ";"))
        }
        try scratch.importText(.benchmark, lines.joined(separator: "\n") + "\n", name: "benchmark-2024.csv", year: 2024, into: store)
        let overview = try #require(try BenchmarkOverview.load(year: 2024, from: store, profiles: Self.profiles))
        let annex = try XlsxContent(url: try BenchmarkWorkbooks(overview: overview, outputFolder: scratch.url("uit")).writeNational())
        let family = try DisclosureAttacker.profileFamily(in: annex)
        let findings = DisclosureAttacker.allFindings(family, cells: DisclosureAttacker.knownProfileCells(overview))
        #expect(findings.isEmpty, "seed \(seed), \(count) respondents: \(findings)")
    }
}
