import ETEAnalysis
import ETEModel
import ETEStore
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// Issue "factsheet", part 3: every respondent gets a policy profile by the rules in
/// templates/beleidsprofiel/regels.yaml; the distribution is published under the disclosure rule.
@Suite("Policy profile (typology)")
struct PolicyProfileTests {
    static let rules: PolicyProfileRules = {
        do { return try PolicyProfileFile.load(templates: RepositoryPaths.templates, questionnaires: DemoFactsheets.questionnaires) } catch
        {
            fatalError("rules: \(error)")
        }
    }()

    /// The rules file read by hand: structureel needs all four, tijdelijk one of three, else a-specifiek.
    static func expectedProfile(_ answers: [String: String]) -> String {
        let budget = answers["p1_structureel_budget"] == "ja"
        let laidDown = ["eigen_plan", "breder_beleid"].contains(answers["p1_beleid_vastgelegd"] ?? "")
        let coalition = answers["p2_lokale_coalitie"] == "ja"
        if budget && laidDown && coalition && answers["p5_monitort_evalueert"] == "ja" { return "structureel" }
        if budget || coalition || ["eigen_plan", "breder_beleid", "in_voorbereiding"].contains(answers["p1_beleid_vastgelegd"] ?? "") {
            return "tijdelijk"
        }
        return "a-specifiek"
    }

    @Test func everyRespondentIsClassifiedByTheRules() throws {
        let overview = DemoFactsheets.overview
        let responses = try #require(overview.responses[2024])
        var seen: Set<String> = []
        for response in responses.values {
            let profile = try #require(Self.rules.profile(of: response, questionnaire: overview.questionnaire))
            #expect(profile.id == Self.expectedProfile(response.answers), "\(response.municipality)")
            seen.insert(profile.id)
        }
        #expect(seen == ["structureel", "tijdelijk", "a-specifiek"], "de demo hoort elk profiel te hebben")
        #expect(Self.rules.source.contains("DSP-groep"))
    }

    @Test func theNationalWorkbookShowsTheDistribution() throws {
        let overview = DemoFactsheets.overview
        let annex = try XlsxContent(url: try BenchmarkWorkbooks(overview: overview, outputFolder: try Scratch().folder).writeNational())
        #expect(annex.sheetNames.contains("Beleidsprofiel"))
        let national = try annex.requireRow("Beleidsprofiel", label: "Landelijk")
        let responses = Array(overview.responses[2024]!.values)
        #expect(national["B"] == String(responses.count))
        for (column, profile) in zip(["C", "D", "E"], Self.rules.profiles) {
            let count = responses.filter { Self.expectedProfile($0.answers) == profile.id }.count
            let expected = DutchNumber.roundedPercentage(count, of: responses.count).map { Double($0) / 100 }
            #expect(national[column].flatMap(Double.init) == expected, "\(profile.name)")
        }
        // Small groups show the secret symbol, as every other group figure.
        let groningen = try annex.requireRow("Beleidsprofiel", label: "Groningen")
        #expect(["C", "D", "E"].allSatisfy { groningen[$0] == "x" })
    }

    @Test func theLetterFiguresCarryTheNationalShares() throws {
        let figures = try FigureCalculator.figures(for: 2024, in: SharedDemo.store, profiles: Self.rules)
        let profiles = try #require(figures.benchmark?.profiles)
        #expect(profiles.map(\.id) == ["structureel", "tijdelijk", "a-specifiek"])
        let overview = DemoFactsheets.overview
        for profile in profiles {
            #expect(profile.percentage == overview.nation.profileShare(Self.rules.profiles.first { $0.id == profile.id }!))
            #expect(profile.judged == overview.respondents(in: 2024))
        }
    }

    @Test func aWrongRulesFileIsRefusedWithItsPlaces() throws {
        let text = """
            bron: test
            profielen:
              - id: structureel
                naam: structureel gericht beleid
                omschrijving: x
                alle:
                  - {vraag: p1_structureel_budgt, antwoord: [ja]}
                  - {vraag: p2_lokale_coalitie, antwoord: [misschien]}
              - id: rest
                naam: a-specifiek beleid
                omschrijving: y
                anders: ja
              - id: daarna
                naam: nooit
                omschrijving: z
                een_van: [{vraag: p2_lokale_coalitie, antwoord: [ja]}]
            """
        let notes = RuleNotes()
        let failure = try #require(throws: ImportFailure.self) {
            try PolicyProfileFile.parse(text, fileName: "regels.yaml", questionnaires: DemoFactsheets.questionnaires, notes: notes)
        }
        let lines = failure.issues.map(\.description)
        #expect(lines.count == 2, "\(lines)")
        #expect(
            lines[0].hasPrefix("regels.yaml:8:")
                && lines[0].contains("\"misschien\" is geen antwoord op p2_lokale_coalitie; verwacht ja, nee"))
        #expect(lines[1].hasPrefix("regels.yaml:9:") && lines[1].contains("moet als laatste staan"))
        #expect(failure.localizedDescription.hasSuffix("regels.yaml is niet gebruikt (2 fouten); er is niets gemaakt."))
        // A question no questionnaire asks is a note (rules outlive questionnaires), with a likely spelling.
        #expect(notes.all.count == 1)
        #expect(
            notes.all[0].hasPrefix("regels.yaml:7:") && notes.all[0].contains("vraag \"p1_structureel_budgt\" staat in geen vragenlijst")
                && notes.all[0].contains("bedoelde u p1_structureel_budget?"), "\(notes.all)")
    }
}
