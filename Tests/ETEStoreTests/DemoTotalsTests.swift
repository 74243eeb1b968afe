import ETEAnalysis
import ETEDemo
import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// The demo dataset must reproduce the figures of the letter over 2024 (../shared/DOMAIN.md).
@Suite("Demo dataset totals")
struct DemoTotalsTests {
    let figures: YearFigures

    init() throws { figures = try FigureCalculator.figures(for: 2024, in: SharedDemo.store) }

    func percentage(_ id: String) -> Int? { figures.benchmark?.questions[id]?.percentage }

    @Test func benchmark2024() throws {
        let benchmark = try #require(figures.benchmark)
        #expect(benchmark.respondents == 157)
        #expect(percentage("p1_wethouder_actief") == 37)
        #expect(percentage("p1_structureel_budget") == 24)
        #expect(benchmark.questions["p1_structureel_budget"]?.previousPercentage == 34)
        #expect(benchmark.previousYear == 2023)
        #expect(percentage("p2_lokale_coalitie") == 81)
        let members = try #require(benchmark.questions["p2_coalitie_partners"]?.options)
        #expect(members["zorg_welzijn"]?.percentage == 100)
        #expect(members["bibliotheek"]?.percentage == 85)
        #expect(members["inwoners"]?.percentage == 84)
        #expect(percentage("p3_betrekken_uitdaging") == 56)
        #expect(percentage("p3_eenzamen_betrokken") == 55)
        #expect(percentage("p4_best_practices") == 91)
        #expect(percentage("p4_adviseurs") == 83)
        #expect(percentage("p4_regiobijeenkomst") == 80)
        #expect(percentage("p5_monitort_evalueert") == 70)
        let migration = try #require(benchmark.questions["p3_doelgroepen"]?.options?["migratieachtergrond"])
        #expect((migration.percentage ?? 0) > (migration.previousPercentage ?? 100), "migratieachtergrond vaker dan voorheen")
    }

    @Test func municipalitiesCoalitionWeekSignalling() throws {
        #expect(figures.demoData)
        #expect(figures.municipalities.total == 342)
        #expect(figures.municipalities.joinedPercentage == 80)
        #expect(try #require(figures.municipalities.joinedWithLocalCoalitionPercentage) > 80)
        #expect(figures.coalition.partnersAtYearEnd == 206)
        #expect(Set(figures.coalition.joinedInYearNames) == ["MBO Raad", "MantelzorgNL", "Vereniging van Openbare Bibliotheken",
                                                             "Vrouwen van Nu", "EMB Nederland", "ABCdate", "Stichting Kinderpostzegels", "COC Nederland"])
        let week = try #require(figures.week)
        #expect(week.edition == 15)
        #expect(week.startDate == Day(year: 2024, month: 9, day: 26) && week.endDate == Day(year: 2024, month: 10, day: 2))
        #expect(week.joinedMunicipalitiesWithActivity == 250)
        #expect(week.komErbijRequests == 680)
        #expect(week.komErbijParticipants >= 50_000 && week.komErbijParticipants < 51_000)
        #expect(try #require(week.openingParticipants) < 800 && week.openingParticipants! >= 780)
        let postal = try #require(figures.signalling?.networks.first)
        #expect(postal.municipalities == 260)
        #expect(postal.reports < 600 && postal.reports >= 580)
    }

    @Test func campaignsAndOtherFigures() throws {
        let main = try #require(figures.campaigns.first { $0.id == "een-tegen-eenzaamheid" })
        let metric = { (key: String) in main.metrics.first { $0.metric == key } }
        #expect(metric("actie-voor-zelf")?.first.percentage == 73 && metric("actie-voor-zelf")?.latest.percentage == 81)
        #expect(metric("actie-voor-ander")?.first.percentage == 80 && metric("actie-voor-ander")?.latest.percentage == 86)
        #expect(abs((metric("vertrouwen-eenzamen")?.latest.percentage ?? 0) - 60) <= 2)
        #expect(abs((metric("vertrouwen-omstanders")?.latest.percentage ?? 0) - 75) <= 2)
        let young = try #require(figures.campaigns.first { $0.id == "hey-het-is-oke" })
        #expect(young.metrics.first { $0.metric == "herkenning" }?.latest.percentage == 67)
        #expect(young.metrics.first { $0.metric == "positieve-houding" }?.latest.percentage == 80)
        #expect(young.metrics.first { $0.metric == "in-staat-gesprek" }?.targetMet == false)
        #expect(figures.otherFigures == ["movisie_interventies": 26, "oranje_fonds_initiatieven": 50, "kinderen_vaak_eenzaam_een_op": 10])
    }

    @Test func year2023HasOnly2023Figures() throws {
        let earlier = try FigureCalculator.figures(for: 2023, in: SharedDemo.store)
        #expect(earlier.benchmark?.respondents == 150)
        #expect(earlier.benchmark?.questions["p1_structureel_budget"]?.percentage == 34)
        #expect(earlier.benchmark?.previousYear == nil)
        #expect(earlier.benchmark?.questions["p4_regiobijeenkomst"] == nil)
        #expect(earlier.coalition.partnersAtYearEnd == 198)
        #expect(earlier.campaigns.flatMap(\.metrics).allSatisfy { $0.latest.year == 2023 })
        #expect(earlier.week?.edition == 14)
        #expect(earlier.otherFigures.isEmpty)
    }

    @Test func demoIsDeterministicAndConsistent() throws {
        let again = try Scratch().demoStore()
        #expect(try again.contentFingerprint() == SharedDemo.store.contentFingerprint())
        #expect(try ConsistencyChecker.check(SharedDemo.store).isEmpty)
    }
}

@Suite("Consistency check")
struct ConsistencyCheckTests {
    @Test func questionnaireChangeThatInvalidatesAnswersIsAnError() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        // A staff member narrows the Likert scale to three points after the answers came in.
        var yaml = try String(contentsOf: RepositoryPaths.templates.appendingPathComponent("benchmark/2024.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "      - {code: \"4\", tekst: Een grote uitdaging}\n      - {code: \"5\", tekst: Een zeer grote uitdaging}\n", with: "")
        yaml = yaml.replacingOccurrences(of: "positief: [\"4\", \"5\"]", with: "positief: [\"3\"]")
        let file = try scratch.write(yaml, to: "2024.yaml")
        _ = try Importer.run(ImportRequest(kind: .questionnaire, file: file), into: store)
        let findings = try ConsistencyChecker.check(store, year: 2024)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.count == 88)
        #expect(errors.first?.message.contains("past niet bij de vragenlijst; verwacht een geheel getal van 1 tot en met 3") == true)
    }

    @Test func coalitionAnswerWithoutStoredCoalitionIsAWarning() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let file = try scratch.write("gemeente;p2_lokale_coalitie\nLeiden;ja\n", to: "antwoorden.csv")
        _ = try Importer.run(ImportRequest(kind: .benchmark, file: file, year: 2024, templatesDirectory: RepositoryPaths.templates), into: store)
        let findings = try ConsistencyChecker.check(store)
        #expect(findings.map(\.description) == ["waarschuwing: benchmark 2024, Leiden: meldt een lokale coalitie, maar in de gemeentegegevens staat er geen (importeer 'gemeenten' met lokale_coalitie_sinds)"])
    }

    /// The check finds the coalition question through the questionnaire (`gegeven:`), not by its id.
    @Test func coalitionQuestionComesFromTheQuestionnaire() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let yaml = """
            jaar: 2030
            titel: Benchmark 2030
            vragen:
              - id: netwerk_opgezet
                pijler: 2
                type: ja_nee
                gegeven: lokale_coalitie
                tekst: Is er een lokaal netwerk tegen eenzaamheid?
            """
        _ = try Importer.run(ImportRequest(kind: .questionnaire, file: try scratch.write(yaml, to: "2030.yaml")), into: store)
        let answers = try scratch.write("gemeente;netwerk_opgezet\nLeiden;ja\nDelft;nee\n", to: "antwoorden.csv")
        _ = try Importer.run(ImportRequest(kind: .benchmark, file: answers, year: 2030), into: store)
        #expect(try ConsistencyChecker.check(store).map(\.description)
            == ["waarschuwing: benchmark 2030, Leiden: meldt een lokale coalitie, maar in de gemeentegegevens staat er geen (importeer 'gemeenten' met lokale_coalitie_sinds)"])

        let unknown = yaml.replacingOccurrences(of: "gegeven: lokale_coalitie", with: "gegeven: coalitie")
        let issues = try scratch.refusedImport(.questionnaire, unknown.replacingOccurrences(of: "2030", with: "2031"), name: "2031.yaml", into: store)
        #expect(issues.contains { $0.contains("2031.yaml:7:") && $0.contains("onbekend gegeven \"coalitie\"; verwacht lokale_coalitie") }, "\(issues)")
    }
}
