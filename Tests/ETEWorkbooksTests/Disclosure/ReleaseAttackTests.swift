import ETEAnalysis
import ETEDemo
import ETEModel
import ETEStore
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// Issue "disclosure control", stable releases: a population correction moves one municipality to
/// another size class after the annex was published. Comparing the two annexes gives that
/// municipality's answers, unless the first release was recorded and the second keeps to it.
@Suite("Disclosure control: two releases of one year")
struct ReleaseAttackTests {
    @Test func comparingTwoReleasesIsFound() {
        // The size class lost one member and kept its three positives: the one that left said no.
        let before = SeenQuestion(
            label: "q", national: SeenShare(percent: 47, answered: 17),
            partitions: [
                "grootteklasse": ["A": SeenShare(percent: 43, answered: 7), "B": SeenShare(percent: 50, answered: 10)]
            ])
        let after = SeenQuestion(
            label: "q", national: SeenShare(percent: 47, answered: 17),
            partitions: [
                "grootteklasse": ["A": SeenShare(percent: 50, answered: 6), "B": SeenShare(percent: 45, answered: 11)]
            ])
        #expect(
            DisclosureAttacker.findings(before: before, after: after) == [
                "q: grootteklasse A 0 van 1 vertrokken", "q: grootteklasse B 0 van 1 bijgekomen",
            ])
    }

    @Test(arguments: [false, true])
    func aCorrectedRelease(recordsTheFirst: Bool) throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let municipalities = try store.read { try $0.municipalities() }
        var random = SeededGenerator(seed: 11)
        let middle = municipalities.filter { (20_000..<50_000).contains($0.population) }
        let chosen =
            random.pick(45, from: middle) + random.pick(45, from: municipalities.filter { !(20_000..<50_000).contains($0.population) })
        let questionnaire = try QuestionnaireFile.load(RepositoryPaths.templates.appendingPathComponent("benchmark/2024.yaml"))
        let yesNo = questionnaire.questions.filter { $0.type == .yesNo }
        var lines = ["gemeente;" + yesNo.map(\.id).joined(separator: ";")]
        for municipality in chosen {
            lines.append(municipality.code.rawValue + ";" + yesNo.map { _ in random.chance(0.5) ? "ja" : "nee" }.joined(separator: ";"))
        }
        try scratch.importText(.benchmark, lines.joined(separator: "\n") + "\n", name: "benchmark-2024.csv", year: 2024, into: store)

        let first = try publishedQuestions(store, folder: scratch.url("uitgave-1"))
        if recordsTheFirst {
            let overview = try #require(try BenchmarkOverview.load(year: 2024, from: store))
            try store.write { try $0.record(overview.release(publishedOn: Day(year: 2025, month: 6, day: 1)!)) }
        }
        // The correction: a respondent of 20,000–50,000 residents really had 60,000.
        try scratch.importText(
            .municipalities, "code;inwoners;inwoners_jaar\n\(chosen[0].code.rawValue);60000;2024\n", name: "gemeenten.csv", into: store)
        let second = try publishedQuestions(store, folder: scratch.url("uitgave-2"))

        let findings = zip(first, second).flatMap { DisclosureAttacker.findings(before: $0, after: $1) }
        if recordsTheFirst {
            #expect(findings.isEmpty, "\(findings)")
        } else {
            // Without the record, the old way: the mover's answers follow from the difference.
            #expect(findings.count >= yesNo.count, "\(findings)")
        }
    }

    private func publishedQuestions(_ store: Store, folder: URL) throws -> [SeenQuestion] {
        let overview = try #require(try BenchmarkOverview.load(year: 2024, from: store))
        let annex = try XlsxContent(url: try BenchmarkWorkbooks(overview: overview, outputFolder: folder).writeNational())
        return try DisclosureAttacker.questions(in: annex, questionnaire: overview.questionnaire)
    }
}
