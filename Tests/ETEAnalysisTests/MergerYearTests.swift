import ETEAnalysis
import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// A year after a merger (`MergerScenario`): each year counts its own municipalities, old names
/// are refused with their merger, groups hold the municipalities of the year, and the new
/// municipality is placed by its predecessors until CBS counts it.
@Suite("A merger year")
struct MergerYearTests {
    static var store: Store { SharedMergerYear.store }

    @Test func eachYearCountsItsOwnMunicipalities() throws {
        let before = try FigureCalculator.figures(for: 2024, in: SharedDemo.store)
        let after = try FigureCalculator.figures(for: 2024, in: Self.store)
        #expect(after.municipalities == before.municipalities)
        #expect(after.municipalities.total == 342)
        let merged = try FigureCalculator.figures(for: 2025, in: Self.store)
        #expect(merged.municipalities.total == 340)
        let responded = Set(try SharedDemo.store.read { try $0.benchmarkResponses(year: 2024) }.map(\.municipality))
        let expected = responded.subtracting(MergerScenario.ended).count + (responded.isDisjoint(with: MergerScenario.ended) ? 0 : 1)
        #expect(merged.benchmark?.respondents == expected)
    }

    @Test func anEarlierYearsFiguresDoNotChangeWithALaterList() throws {
        #expect(try FigureCalculator.figures(for: 2024, in: Self.store) == FigureCalculator.figures(for: 2024, in: SharedDemo.store))
    }

    @Test func groupsHoldTheMunicipalitiesOfTheYear() throws {
        let overview = try #require(try BenchmarkOverview.load(year: 2025, from: Self.store))
        let codes = Set(overview.municipalities.map(\.code))
        #expect(overview.municipalities.count == 340)
        for old in MergerScenario.ended {
            #expect(!codes.contains(old))
            #expect(overview.peerClusters.groupOf[old] == nil)
            #expect(!overview.members.values.contains { $0.values.contains { $0.contains(old) } })
        }
        let new = try #require(overview.municipalities.first { $0.code == MergerScenario.newCode })
        // Its residents are the predecessors' together (CBS has not counted it yet).
        let old2024 = try #require(try BenchmarkOverview.load(year: 2024, from: Self.store))
        let combined = old2024.municipalities.filter { MergerScenario.ended.contains($0.code) }.map(\.population).reduce(0, +)
        #expect(new.population == combined)
        #expect(new.sizeClass == SizeClass(population: combined))
        #expect(overview.peerClusters.estimated[new.code]?.contains("voorgangers (Landsmeer, Oostzaan, Wormerland)") == true)
        #expect(overview.peerClusters.groupOf[new.code] != nil)
        // 2024 keeps its own groups, with the three.
        #expect(MergerScenario.ended.allSatisfy { old2024.peerClusters.groupOf[$0] != nil })
        #expect(old2024.peerClusters.groupOf[MergerScenario.newCode] == nil)
    }

    @Test func theNewMunicipalityHasAHistory() throws {
        let overview = try #require(try BenchmarkOverview.load(year: 2025, from: Self.store))
        let new = try #require(overview.municipalities.first { $0.code == MergerScenario.newCode })
        let benchmark = MunicipalityBenchmark(overview: overview, municipality: new)
        #expect(benchmark.origin?.phrase == "bestaat sinds 1 januari 2025, ontstaan uit Landsmeer, Oostzaan en Wormerland")
        let question = try #require(overview.questionnaire.questions.first)
        if case .notYetExisting = benchmark.trend(question, in: 2024) {} else { Issue.record("2024 should be 'bestond nog niet'") }
        if case .answered = benchmark.trend(question, in: 2025) {} else { Issue.record("2025 should be answered") }
        let prevalence = LocalPrevalence(
            municipality: new, all: try Self.store.read { try $0.lonelinessPrevalence() }, mergers: overview.register.mergers)
        #expect(!prevalence.hasFigures)
        #expect(prevalence.predecessors.map(\.name) == MergerScenario.endedNames)
        #expect(prevalence.absence?.contains("bestond in") == true)
        #expect(prevalence.absence?.contains("cijfers van de voorgangers") == true)
        // Each predecessor's own figure, as the RIVM published it (never averaged).
        let rows = try Self.store.read { try $0.lonelinessPrevalence() }
        for predecessor in prevalence.predecessors {
            let published = rows.first {
                $0.region == .municipality(predecessor.code) && $0.ageGroup == .adults && $0.year == predecessor.rows[0].year
            }
            #expect(predecessor.figures(ageGroup: .adults)?.lonely == published?.lonely)
        }
    }

    @Test func checkCountsEachYearAgainstItsList() throws {
        let findings = try ConsistencyChecker.check(Self.store)
        #expect(!findings.contains { $0.message.contains("gemeenten op 1 januari") }, "\(findings)")
        // A municipality added without a merger or list makes 2025 differ from its list.
        let scratch = try Scratch()
        let store = try MergerScenario.store(in: scratch, benchmark: false)
        try scratch.importText(
            .municipalities, "code;naam;provincie;inwoners;inwoners_jaar;bestaat_sinds\nGM1998;Testgemeente;Utrecht;1000;2025;2024-06-01\n",
            name: "nieuw.csv", into: store)
        let messages = try ConsistencyChecker.check(store, year: 2025).map(\.message)
        #expect(
            messages.contains(
                "gemeenten op 1 januari 2025: 341 in de database; de gemeentelijst van die dag (gemeenten-2025.csv) telt er 340"))
    }
}
