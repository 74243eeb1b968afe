import ETEAnalysis
import ETEDemo
import ETEModel
import ETEStore
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// Issue "disclosure control": an attacker that reads only the published workbooks finds no
/// municipality's answer, on the demo and on random stores built to be hard (few respondents,
/// extreme shares, small provinces); under the old rule ("fewer than 5 respondents is –") each
/// of its attacks does find answers, which shows the checker works.
@Suite("Disclosure control: an attacker on the published files")
struct DisclosureAttackTests {
    // MARK: The attacker works (hand-made cases as the old rule published them)

    @Test func allOrNothingInASmallGroupIsFound() {
        let question = SeenQuestion(
            label: "q", national: SeenShare(percent: 60, answered: 20),
            partitions: ["provincie": ["A": SeenShare(percent: 100, answered: 5), "B": SeenShare(percent: 47, answered: 15)]])
        #expect(DisclosureAttacker.findings(question) == ["q: provincie A 5 van 5"])
    }

    @Test func subtractingTheOwnAnswerIsFound() {
        // One positive answer among seven: the municipality that gave it knows the other six said no.
        let question = SeenQuestion(
            label: "q", national: SeenShare(percent: 50, answered: 20),
            partitions: ["grootteklasse": ["A": SeenShare(percent: 14, answered: 7), "B": SeenShare(percent: 69, answered: 13)]])
        #expect(DisclosureAttacker.findings(question) == ["q: grootteklasse A 1 van 7"])
    }

    @Test func differencingWithinAPartitionIsFound() {
        // The small group is withheld, but the nation minus the two others gives it: none of 4.
        let question = SeenQuestion(
            label: "q", national: SeenShare(percent: 67, answered: 30),
            partitions: [
                "provincie": [
                    "A": SeenShare(percent: nil, answered: 4), "B": SeenShare(percent: 77, answered: 13),
                    "C": SeenShare(percent: 77, answered: 13),
                ]
            ])
        #expect(DisclosureAttacker.findings(question) == ["q: provincie A 0 van 4"])
    }

    @Test func differencingOverBothTablesIsFound() {
        // Every group passes the threshold and shows two on each side, yet A × P must hold all four
        // positives of its cell and B × Q none.
        let question = SeenQuestion(
            label: "q", national: SeenShare(percent: 50, answered: 16),
            partitions: [
                "grootteklasse": ["A": SeenShare(percent: 75, answered: 8), "B": SeenShare(percent: 25, answered: 8)],
                "provincie": ["P": SeenShare(percent: 75, answered: 8), "Q": SeenShare(percent: 25, answered: 8)],
            ])
        let cells = [("A", "P", 4), ("A", "Q", 2), ("B", "P", 2), ("B", "Q", 0)].map {
            KnownCell(sizeClass: $0.0, province: $0.1, answered: 4, positive: $0.2)
        }
        #expect(DisclosureAttacker.findings(question).isEmpty)
        #expect(DisclosureAttacker.findingsOverAllTables(question, cells: cells) == ["q: A × P 4 van 4", "q: B × Q 0 van 4"])
    }

    @Test func differencingAPeerGroupAgainstItsSizeClassIsFound() {
        // Size class A holds peer groups A1 and A2. A1 is shown and A2 withheld, but A minus A1
        // gives A2: none of its four municipalities said yes.
        let question = SeenQuestion(
            label: "q", national: SeenShare(percent: 50, answered: 16),
            partitions: [
                "grootteklasse": ["A": SeenShare(percent: 50, answered: 12), "B": SeenShare(percent: 50, answered: 4)],
                "vergelijkbaar": [
                    "A1": SeenShare(percent: 75, answered: 8), "A2": SeenShare(percent: nil, answered: 4),
                    "B1": SeenShare(percent: 50, answered: 4),
                ],
                "provincie": ["P": SeenShare(percent: 50, answered: 16)],
            ])
        let cells = [("A", "A1", 6), ("A", "A2", 0), ("B", "B1", 2)].map {
            KnownCell(sizeClass: $0.0, province: "P", answered: $0.1 == "A1" ? 8 : 4, positive: $0.2, peerGroup: $0.1)
        }
        #expect(DisclosureAttacker.findingsOverAllTables(question, cells: cells) == ["q: A × P × A2 0 van 4"])
    }

    // MARK: The rule holds

    /// Both demo years, each from its own annex, every question with a share (also follow-up
    /// questions, with the numbers of answers the attacker is assumed to know).
    @Test(arguments: [2023, 2024])
    func demoAnnexDisclosesNothing(year: Int) throws {
        let overview = try #require(try BenchmarkOverview.load(year: year, from: SharedDemo.store))
        let workbook = try XlsxContent(url: try BenchmarkWorkbooks(overview: overview, outputFolder: try Scratch().folder).writeNational())
        let simple = try DisclosureAttacker.questions(in: workbook, questionnaire: overview.questionnaire)
        #expect(simple.count >= 8)
        #expect(simple.flatMap(DisclosureAttacker.findings).isEmpty)
        let known = DisclosureAttacker.knownCells(overview, year: year)
        let all = try DisclosureAttacker.questions(in: workbook, questionnaire: overview.questionnaire, known: known)
        #expect(all.count == overview.questionnaire.questions.filter(\.hasPositiveShare).count)
        let findings = all.flatMap { DisclosureAttacker.findingsOverAllTables($0, cells: known[$0.id] ?? []) }
        #expect(findings.isEmpty, "\(findings)")
    }

    /// The annex of 2024 repeats the national figures of 2023 next to its own; they must be those of
    /// the annex of 2023, or the two years together would give more than each alone.
    @Test func theNextYearRepeatsThePreviousAnnexUnchanged() throws {
        let earlier = try #require(try BenchmarkOverview.load(year: 2023, from: SharedDemo.store))
        let annex2023 = try XlsxContent(url: try BenchmarkWorkbooks(overview: earlier, outputFolder: try Scratch().folder).writeNational())
        let annex2024 = try DemoWorkbooks.national()
        var compared = 0
        for question in earlier.questionnaire.questions where question.hasPositiveShare {
            guard let later = annex2024.rowNumber("Landelijk", column: "A", equalTo: question.label) else { continue }
            #expect(
                annex2024.row("Landelijk", later)["D"] == (try annex2023.requireRow("Landelijk", label: question.label))["B"],
                "\(question.label)")
            compared += 1
        }
        #expect(compared >= 8)
    }

    /// The same cell gets the same decision in every output: a municipality's workbook shows the
    /// national and group figures exactly as the public annex does.
    @Test func municipalityWorkbooksShowWhatTheAnnexShows() throws {
        let overview = DemoWorkbooks.overview
        let annex = try DemoWorkbooks.national()
        let question = try #require(overview.questionnaire.question("p1_structureel_budget"))
        for municipality in PrivacyTests.sample {
            let own = try DemoWorkbooks.of(municipality)
            let row = try own.requireRow("Pijler 1", label: question.text)
            let sizeClass = try annex.requireRow("Grootteklassen", label: question.label)
            let province = try annex.requireRow("Provincies", label: question.label)
            let sizeColumn = try #require(annex.row("Grootteklassen", 3).first { $0.value == municipality.sizeClass.dutchLabel }?.key)
            let provinceColumn = try #require(annex.row("Provincies", 3).first { $0.value == municipality.province }?.key)
            #expect(row["C"] == (try annex.requireRow("Landelijk", label: question.label))["B"])
            #expect(row["D"] == sizeClass[sizeColumn], "\(municipality.name)")
            #expect(row["E"] == province[provinceColumn], "\(municipality.name)")
        }
    }

    /// Twenty stores built to be hard: between 6 and 60 respondents drawn mostly from the small
    /// provinces, yes/no answers that are nearly all yes, nearly all no or mixed, and one
    /// municipality that changes size class in the benchmark year.
    @Test(arguments: 1...20)
    func randomStoreDisclosesNothing(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let chosen = DisclosureAttacker.hardRespondents(try store.read { try $0.municipalities() }, random: &random)
        let count = chosen.count
        // A municipality moves to another size class through the benchmark year's own population.
        let mover = chosen[0]
        try scratch.importText(
            .municipalities, "code;inwoners;inwoners_jaar\n\(mover.code.rawValue);\(mover.population < 50_000 ? 120_000 : 8_000);2024\n",
            name: "gemeenten.csv", into: store)

        let questionnaire = try QuestionnaireFile.load(RepositoryPaths.templates.appendingPathComponent("benchmark/2024.yaml"))
        let yesNo = questionnaire.questions.filter { $0.type == .yesNo }
        let leanings = yesNo.map { _ in [0.03, 0.5, 0.97].randomElement(using: &random)! }
        var lines = ["gemeente;" + yesNo.map(\.id).joined(separator: ";")]
        for municipality in chosen {
            let answers = leanings.map { random.chance($0) ? "ja" : "nee" }
            lines.append(municipality.code.rawValue + ";" + answers.joined(separator: ";"))
        }
        try scratch.importText(.benchmark, lines.joined(separator: "\n") + "\n", name: "benchmark-2024.csv", year: 2024, into: store)
        let overview = try #require(try BenchmarkOverview.load(year: 2024, from: store))
        let workbooks = BenchmarkWorkbooks(overview: overview, outputFolder: scratch.url("uit"))
        let annex = try XlsxContent(url: try workbooks.writeNational())
        let known = DisclosureAttacker.knownCells(overview, year: 2024)
        let questions = try DisclosureAttacker.questions(in: annex, questionnaire: overview.questionnaire, known: known)
        #expect(questions.count == questionnaire.questions.filter(\.hasPositiveShare).count)
        var findings = questions.flatMap(DisclosureAttacker.findings)
        findings += questions.flatMap { DisclosureAttacker.findingsOverAllTables($0, cells: known[$0.id] ?? []) }
        #expect(findings.isEmpty, "seed \(seed), \(count) respondents: \(findings)")
    }
}
