import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Recording mergers and complete CBS lists, and refusing names of municipalities outside the file's year.
@Suite("Mergers and municipality lists")
struct MergerImportTests {
    @Test func aMergerEndsTheOldAndStartsTheNew() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let summary = try scratch.importText(.mergers, MergerScenario.mergerFile, name: "herindelingen.csv", into: store)
        #expect(summary.notes == ["3 gemeente(n) opgeheven", "nieuw: Zaanstreek-Noord (GM1999) vanaf 1 januari 2025"])
        let register = try store.read { try $0.municipalityRegister() }
        for code in MergerScenario.ended {
            #expect(register[code]?.endedOn == MergerScenario.date)
            #expect(register.merger(ending: code)?.successors == [MergerScenario.newCode])
            #expect(register.merger(ending: code)?.source == "Testgegevens (fictieve herindeling)")
        }
        let new = try #require(register[MergerScenario.newCode])
        #expect(new.existsFrom == MergerScenario.date)
        #expect(new.province == "Noord-Holland")
        #expect(register.municipalities(in: 2024).count == 342)
        #expect(register.municipalities(in: 2025).count == 340)
        #expect(register.predecessors(of: MergerScenario.newCode).map(\.name) == MergerScenario.endedNames)
        // Reading the same file again changes nothing (but the import log), also not what was recorded since.
        try scratch.importText(
            .municipalities, "code;aangesloten_sinds;adviseur\nGM1999;2025-03-01;Regio Zaan\n", name: "aansluiting.csv",
            referenceDate: nil, into: store)
        let before = try store.read { (try $0.municipalities(), try $0.storedMergers()) }
        try scratch.importText(.mergers, MergerScenario.mergerFile, name: "herindelingen.csv", into: store)
        let after = try store.read { (try $0.municipalities(), try $0.storedMergers()) }
        #expect(after.0 == before.0)
        #expect(after.1 == before.1)
        #expect(after.0.first { $0.code == MergerScenario.newCode }?.adviser == "Regio Zaan")
    }

    @Test func aListWithUnexplainedAbsencesIsRefusedWhole() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        // Without the merger: the three are absent without explanation, and the new code is unknown.
        let list = try MergerScenario.cbsList(from: store)
        let messages = try scratch.refusedImport(
            .municipalities, list, name: "gemeenten-2025.csv", referenceDate: MergerScenario.date, into: store)
        #expect(
            messages.contains {
                $0.contains("mist 3 gemeente(n) zonder vastgelegde herindeling: Landsmeer (GM0415), Oostzaan (GM0431), Wormerland (GM0880)")
            }, "\(messages)")
        #expect(messages.contains { $0.contains("GM1999 (Zaanstreek-Noord) is een nieuwe gemeente zonder vastgelegde herindeling") })
        // With the merger, a list that misses Amsterdam too is refused and names only Amsterdam.
        try scratch.importText(.mergers, MergerScenario.mergerFile, name: "herindelingen.csv", into: store)
        let missing = try scratch.refusedImport(
            .municipalities, try MergerScenario.cbsList(from: store, leavingOut: [MunicipalityCode("GM0363")!]),
            name: "gemeenten-2025.csv", referenceDate: MergerScenario.date, into: store)
        #expect(
            missing == [
                "gemeenten-2025.csv: de gemeentelijst van 1 januari 2025 mist 1 gemeente(n) zonder vastgelegde herindeling: Amsterdam (GM0363); leg elke herindeling eerst vast met 'ete import herindelingen' (of controleer de lijst)"
            ])
        // The right list is accepted and recorded.
        try scratch.importText(
            .municipalities, try MergerScenario.cbsList(from: store), name: "gemeenten-2025.csv", referenceDate: MergerScenario.date,
            into: store)
        let lists = try store.read { try $0.municipalityLists() }
        #expect(lists.last?.day == MergerScenario.date)
        #expect(lists.last?.count == 340)
    }

    @Test func aListNamingAnEndedMunicipalityIsRefused() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        try scratch.importText(.mergers, MergerScenario.mergerFile, name: "herindelingen.csv", into: store)
        let list = try MergerScenario.cbsList(from: store) + "GM0415;Landsmeer;Noord-Holland\n"
        let messages = try scratch.refusedImport(
            .municipalities, list, name: "gemeenten-2025.csv", referenceDate: MergerScenario.date, into: store)
        #expect(
            messages.contains {
                $0.hasSuffix(
                    "gemeente Landsmeer (GM0415) bestaat sinds 1 januari 2025 niet meer: opgegaan in Zaanstreek-Noord (GM1999); gebruik die gemeente"
                )
            }, "\(messages)")
    }

    @Test func badMergersAreRefusedWithTheirPlace() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let file = """
            oude_code;nieuwe_code;nieuwe_naam;provincie;datum;bron
            GM9999;GM1999;Nieuw;Utrecht;2025-01-01;x
            GM0415;GM1998;;;2025-01-01;x
            GM0344;GM0344;;;2025-01-01;x
            GM0307;GM1997;Amersfoort;;2025-01-01;x
            GM0308;GM1996;Baarn-Almere;;2025-01-01;x
            GM0034;GM1996;;;2025-01-01;x

            """
        let messages = try scratch.refusedImport(.mergers, file, name: "herindelingen.csv", into: store)
        #expect(messages.contains { $0.hasPrefix("herindelingen.csv:2:1:") && $0.contains("GM9999 staat niet in de gemeentelijst") })
        #expect(messages.contains { $0.hasPrefix("herindelingen.csv:3:") && $0.contains("nieuwe gemeente GM1998 heeft een naam nodig") })
        #expect(messages.contains { $0.hasPrefix("herindelingen.csv:4:2:") && $0.contains("gelijk aan oude_code") })
        #expect(messages.contains { $0.contains("de naam \"Amersfoort\" is al van Amersfoort (GM0307)") })
        #expect(
            messages.contains {
                $0.hasPrefix("herindelingen.csv:6:")
                    && $0.contains("de voorgangers van GM1996 liggen in Flevoland en Utrecht; verwacht de kolom provincie")
            }, "\(messages)")
    }

    @Test func aMergerCannotOrphanLaterData() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        // Landsmeer's 2024 benchmark stays valid for a merger on 1 January 2025, not for one on 1 January 2024.
        let file = MergerScenario.mergerFile.replacingOccurrences(of: "2025-01-01", with: "2024-01-01")
        let responded = try store.read { try $0.benchmarkResponses(year: 2024) }.map(\.municipality)
        guard let old = MergerScenario.ended.first(where: responded.contains) else { return }
        let messages = try scratch.refusedImport(.mergers, file, name: "herindelingen.csv", into: store)
        #expect(messages.contains { $0.contains("(\(old)) heeft gegevens van na de herindeling (benchmark 2024") }, "\(messages)")
    }

    @Test func namesOutsideTheFilesYearAreRefusedInEveryKind() throws {
        let scratch = try Scratch()
        let store = try MergerScenario.store(in: scratch)
        let merged =
            "gemeente Landsmeer (GM0415) bestaat sinds 1 januari 2025 niet meer: opgegaan in Zaanstreek-Noord (GM1999); gebruik die gemeente"
        let benchmark = try MergerScenario.benchmark2025(from: store, extraRow: "Landsmeer")
        let benchmarkMessages = try scratch.refusedImport(.benchmark, benchmark, name: "benchmark-2025.csv", year: 2025, into: store)
        #expect(benchmarkMessages.contains { $0.hasSuffix(merged) }, "\(benchmarkMessages)")
        // The week of 2025.
        try scratch.importText(.weekEditions, "jaar;start;eind\n2025;2025-09-25;2025-10-02\n", name: "edities.csv", into: store)
        let week = "organisator;gemeente;datum;soort_activiteit;kom_erbij_pakket\nBuurthuis;GM0415;2025-09-26;koffie;nee\n"
        let weekMessages = try scratch.refusedImport(.weekRegistrations, week, name: "week-2025.csv", year: 2025, into: store)
        #expect(weekMessages.contains { $0.hasPrefix("week-2025.csv:2:2:") && $0.hasSuffix(merged) }, "\(weekMessages)")
        // Signalling from a day in 2025.
        let signalling = "netwerk;gemeente;sinds\nPostbezorgers;Landsmeer;2025-03-01\n"
        let signallingMessages = try scratch.refusedImport(.signalling, signalling, name: "signalering.csv", into: store)
        #expect(signallingMessages.contains { $0.hasSuffix(merged) }, "\(signallingMessages)")
        // A municipality's own survey with --municipality.
        let survey =
            "respondent;item_1;item_2;item_3;item_4;item_5;item_6;item_7;item_8;item_9;item_10;item_11\n1;ja;ja;ja;ja;ja;ja;ja;ja;ja;ja;ja\n"
        let surveyMessages = try scratch.refusedImport(
            .lonelinessSurvey, survey, name: "schaal.csv", year: 2025, municipality: "Landsmeer", into: store)
        #expect(surveyMessages.contains { $0.contains("--municipality: \(merged)") }, "\(surveyMessages)")
        // The new municipality before it existed.
        let early = try scratch.refusedImport(
            .lonelinessSurvey, survey, name: "schaal.csv", year: 2024, municipality: "Zaanstreek-Noord", into: store)
        #expect(
            early.contains {
                $0.contains(
                    "gemeente Zaanstreek-Noord (GM1999) bestaat pas sinds 1 januari 2025 (herindeling van Landsmeer (GM0415), Oostzaan (GM0431) en Wormerland (GM0880))"
                )
            }, "\(early)")
        // In 2024 Landsmeer still counts.
        try scratch.importText(.lonelinessSurvey, survey, name: "schaal.csv", year: 2024, municipality: "Landsmeer", into: store)
    }
}

@Suite("The merger example file")
struct MergerExampleTests {
    @Test func theExampleImportsIntoANewStore() throws {
        let store = try Scratch().newStore()
        let summary = try Importer.run(
            ImportRequest(kind: .mergers, file: RepositoryPaths.examples.appendingPathComponent("herindelingen.csv")), into: store)
        #expect(summary.rows == 3)
        let register = try store.read { try $0.municipalityRegister() }
        #expect(register.municipalities(in: 2026).count == 342)
        #expect(register.municipalities(in: 2027).count == 340)
    }
}

/// Imports stay linear: names are looked up once per file, and a file full of unknown names does
/// not compute a suggestion for every row (only for the problems that are shown).
@Suite("Bounded work per import")
struct BoundedImportTests {
    @Test func manyNetworksKeepOneSpellingEach() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let rows = (0..<2_000).map { "Netwerk \($0);Amsterdam;2020-01-01" } + ["NETWERK 7;Utrecht;2021-01-01"]
        try scratch.importText(
            .signalling, (["netwerk;gemeente;sinds"] + rows).joined(separator: "\n"), name: "signalering.csv", into: store)
        let coverage = try store.read { try $0.signallingCoverage() }
        #expect(Set(coverage.map(\.network)).count == 2_000)
        #expect(coverage.filter { $0.network == "Netwerk 7" }.count == 2)
        // A later file with another spelling joins the stored one.
        try scratch.importText(.signalling, "netwerk;gemeente;sinds\nnetwerk  1999;Zwolle;2022-01-01\n", name: "later.csv", into: store)
        #expect(try store.read { try $0.signallingCoverage() }.filter { $0.network == "Netwerk 1999" }.count == 2)
    }

    @Test func onlyShownProblemsGetASuggestion() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let rows = (0..<40).map { "Netwerk;Amsterdm\($0 % 2 == 0 ? "" : " ");2020-01-0\($0 % 9 + 1)" }
        let messages = try scratch.refusedImport(
            .signalling, (["netwerk;gemeente;sinds"] + rows).joined(separator: "\n"), name: "signalering.csv", into: store)
        #expect(messages.count == 40)
        #expect(messages.prefix(ImportFailure.listedIssueLimit).allSatisfy { $0.contains("bedoelde u \"Amsterdam\"?") })
        #expect(messages.dropFirst(ImportFailure.listedIssueLimit).allSatisfy { !$0.contains("bedoelde u") })
    }
}
