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
        #expect(
            Set(figures.coalition.joinedInYearNames) == [
                "MBO Raad", "MantelzorgNL", "Vereniging van Openbare Bibliotheken",
                "Vrouwen van Nu", "EMB Nederland", "ABCdate", "Stichting Kinderpostzegels", "COC Nederland",
            ])
        let week = try #require(figures.week)
        #expect(week.edition == 15)
        #expect(week.startDate == Day(year: 2024, month: 9, day: 26) && week.endDate == Day(year: 2024, month: 10, day: 2))
        #expect(week.joinedMunicipalitiesWithActivity == 250)
        #expect(week.komErbijRequests == 680)
        #expect(week.komErbijParticipants >= 50_000 && week.komErbijParticipants < 51_000)
        #expect(try #require(week.openingParticipants) < 800 && week.openingParticipants! >= 780)
        let postal = try #require(figures.signalling?.networks.first)
        #expect(postal.municipalities == 260)
        let reports = try #require(postal.reports)
        #expect(reports < 600 && reports >= 580)
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

    /// Every output finds out from the store that the data is fictitious, so the store must say so.
    @Test func demoMarksItselfAsFictitious() throws {
        #expect(try SharedDemo.store.read { try $0.isDemoData() })
        #expect(try SharedDemo.store.read { try $0.datasetInfo(DatasetKeys.demoSeed) } == String(DemoDataset.defaultSeed))
        #expect(try !Scratch().newStore().read { try $0.isDemoData() })
    }
}
