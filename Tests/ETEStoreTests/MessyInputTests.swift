import ETEAnalysis
import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Classes 5 and 11 of "a real year": answers as survey tools export them, and the bad values a
/// fuzzer found, each a located Dutch error or a handled value, with nothing stored.
@Suite("Messy input: exported answers and fuzzed values")
struct MessyInputTests {
    let scratch: Scratch
    let store: Store

    init() throws {
        scratch = try Scratch()
        store = try scratch.newStore()
    }

    func run(_ kind: ImportKind, _ name: String, _ text: String, year: Int? = nil) throws -> ImportSummary {
        try scratch.importText(kind, text, name: name, year: year, into: store)
    }

    func refusal(
        _ kind: ImportKind, _ name: String, _ text: String, year: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        try scratch.refusedImport(kind, text, name: name, year: year, into: store, sourceLocation: sourceLocation)
    }

    /// A definition error of a questionnaire names the question's line and column.
    @Test func definitionErrorsAreLocated() throws {
        let yaml = """
            jaar: 2026
            titel: Proef
            vragen:
              - id: p1_a
                pijler: 1
                type: ja_nee
                tekst: Een?
              - id: p1_a
                pijler: 1
                type: enkelvoudig
                tekst: Twee?
                opties: [{code: een, tekst: Een}]

            """
        let messages = try refusal(.questionnaire, "2026.yaml", yaml)
        #expect(messages.contains { $0.hasPrefix("2026.yaml:8:5: ") && $0.contains("vraag \"p1_a\" komt twee keer voor") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("2026.yaml:8:5: ") && $0.contains("minstens twee opties") }, "\(messages)")
    }

    /// A YAML file is not told to save as "CSV UTF-8".
    @Test func aWideYAMLFileGetsTextAdvice() throws {
        let yaml = "jaar: 2026\ntitel: Proef\nvragen: []\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(yaml.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let messages = try scratch.refusedImport(.questionnaire, bytes: bytes, name: "2026.yaml", into: store)
        #expect(
            messages == [
                "2026.yaml: bestand is UTF-16-tekst; sla het op als UTF-8-tekst (in een teksteditor: Opslaan als → codering UTF-8)"
            ])
    }

    /// A code with a tab (or a space or a separator) would never match an answer; it is refused with its place.
    @Test func anOptionCodeWithATabIsRefused() throws {
        let yaml = """
            jaar: 2026
            titel: Proef
            vragen:
              - id: p2_partners
                pijler: 2
                type: meervoudig
                tekst: Welke partners?
                opties:
                  - {code: "zorg\twelzijn", tekst: Zorg en welzijn}
                  - {code: "a|b", tekst: Twee}
              - id: "p1 wethouder"
                pijler: 1
                type: ja_nee
                tekst: Wethouder?

            """
        let messages = try refusal(.questionnaire, "2026.yaml", yaml)
        #expect(
            messages.contains { $0.hasPrefix("2026.yaml:9:") && $0.contains("code \"zorg\\u{9}welzijn\" bevat een spatie, tab") },
            "\(messages)")
        #expect(messages.contains { $0.hasPrefix("2026.yaml:10:") && $0.contains("code \"a|b\"") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("2026.yaml:11:") && $0.contains("id \"p1 wethouder\"") }, "\(messages)")
    }

    @Test func likertAndChoiceAnswersMayBeGivenByTheirText() throws {
        _ = try run(
            .benchmark, "benchmark-2024.csv",
            """
            gemeente;p3_betrekken_uitdaging;p1_beleid_vastgelegd
            Utrecht;Een grote uitdaging;eigen_plan
            Zwolle;EEN ZEER GROTE UITDAGING;Als onderdeel van breder beleid (bijvoorbeeld Wmo of gezondheid)
            Ede;2;
            """, year: 2024)
        let answers = Dictionary(
            uniqueKeysWithValues: try store.read { try $0.benchmarkResponses(year: 2024) }.map { ($0.municipality.rawValue, $0.answers) })
        #expect(answers["GM0344"]?["p3_betrekken_uitdaging"] == "4")
        #expect(answers["GM0193"]?["p3_betrekken_uitdaging"] == "5")
        #expect(answers["GM0228"]?["p3_betrekken_uitdaging"] == "2")
        #expect(answers["GM0193"]?["p1_beleid_vastgelegd"] == "breder_beleid")
        // Never fuzzy: a label with a typo is refused, with the labels it expects.
        let typo = try refusal(
            .benchmark, "benchmark-2024-b.csv", "gemeente;p3_betrekken_uitdaging\nUtrecht;Een grote uitdagingg\n", year: 2024)
        #expect(typo.first?.contains("of de tekst van een antwoord (Geen uitdaging, Een kleine uitdaging") == true)
    }

    @Test func aRenamedOptionLabelIsMatchedThroughTheQuestionnaires() throws {
        // 2025 renames an option; a file exported with last year's wording still imports.
        var yaml = try String(contentsOf: RepositoryPaths.templates.appendingPathComponent("benchmark/2024.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "jaar: 2024", with: "jaar: 2025")
            .replacingOccurrences(of: "tekst: Een grote uitdaging}", with: "tekst: Groot}")
        _ = try run(.questionnaire, "2025.yaml", yaml)
        _ = try run(.benchmark, "benchmark-2024.csv", "gemeente;p3_betrekken_uitdaging\nUtrecht;4\n", year: 2024)
        _ = try run(
            .benchmark, "benchmark-2025.csv", "gemeente;p3_betrekken_uitdaging\nUtrecht;Een grote uitdaging\nZwolle;groot\n", year: 2025)
        let answers = try store.read { try $0.benchmarkResponses(year: 2025) }.map { $0.answers["p3_betrekken_uitdaging"] }
        #expect(answers == ["4", "4"])
        #expect(try store.read { try $0.questionnaire(year: 2025) }?.source == "2025.yaml")
    }

    @Test func nonFiniteAndHugeNumbersAreRefused() throws {
        let digits = String(repeating: "9", count: 400)
        let found = try refusal(
            .benchmark, "benchmark-2024.csv",
            "gemeente;p2_lokale_coalitie;p2_aantal_partners\nUtrecht;ja;\(digits)\nZwolle;ja;100000000000000000000\n", year: 2024)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.contains("p2_aantal_partners; verwacht") })
        #expect(found[0].hasPrefix("benchmark-2024.csv:2:3:"))
        // The formatters are total: no Double makes them trap.
        for value in [Double.infinity, -.infinity, .nan, 1e20, -1e300, Double.greatestFiniteMagnitude] {
            _ = DutchNumber.format(value)
            _ = DutchPhrase.percent(value)
            _ = DutchPhrase.approximately(value, .atLeast)
        }
        #expect(DutchNumber.format(1e20) == "100.000.000.000.000.000.000")
    }

    @Test func questionnaireBoundsMustBeFiniteAndSensible() throws {
        for (bound, expected) in [
            ("1e20", "max moet een eindig getal zijn"), (".nan", "max moet een eindig getal zijn"),
            (".inf", "max moet een eindig getal zijn"),
        ] {
            let yaml = """
                jaar: 2026
                titel: Proef
                vragen:
                  - {id: aantal, pijler: 2, type: getal, tekst: Hoeveel?, max: \(bound)}
                """
            let found = try refusal(.questionnaire, "2026.yaml", yaml)
            #expect(found.contains { $0.contains(expected) }, "\(bound): \(found)")
        }
    }

    @Test func fieldLengthIsBoundedAtImport() throws {
        let organiser = String(repeating: "x", count: 40_000)
        _ = try run(.weekEditions, "week-edities.csv", "jaar;start;eind\n2024;26-09-2024;02-10-2024\n")
        let found = try refusal(
            .weekRegistrations, "week-2024.csv",
            "organisator;datum;soort_activiteit;kom_erbij_pakket\n\(organiser);26-09-2024;maaltijd;ja\n", year: 2024)
        #expect(found == ["week-2024.csv:2:1: cel van 40.000 tekens; verwacht hoogstens 4.000 tekens"])
    }

    @Test func yamlMistakesAreLocatedInDutch() throws {
        let duplicate = try refusal(.questionnaire, "2026.yaml", "jaar: 2026\ntitel: Een\ntitel: Twee\nvragen: []\n")
        #expect(duplicate.first?.hasPrefix("2026.yaml:") == true)
        #expect(duplicate.first?.contains("sleutel \"titel\" staat twee keer in hetzelfde blok") == true)
        let syntax = try refusal(.questionnaire, "2026.yaml", "jaar: 2026\ntitel: [Proef\nvragen: []\n")
        #expect(syntax.first?.hasPrefix("2026.yaml:") == true)
        #expect(syntax.first?.contains("YAML-fout:") == true)
        #expect(syntax.first?.contains("did not") == false)
    }

    @Test func aPassageNoTemplateUsesIsReportedNotDropped() throws {
        let folder = scratch.url("brieftekst")
        try FileManager.default.copyItem(at: RepositoryPaths.templates.appendingPathComponent("kamerbrief/demo/2024"), to: folder)
        try FileManager.default.moveItem(
            at: folder.appendingPathComponent("signaleren.md"), to: folder.appendingPathComponent("signaleeren.md"))
        let summary = try Importer.run(
            ImportRequest(
                kind: .letterText, file: folder, year: 2024,
                templatesDirectory: RepositoryPaths.templates), into: store)
        let warning = try #require(summary.notes.first { $0.hasPrefix("waarschuwing: passage signaleeren.md") })
        #expect(warning.contains("wordt door geen sjabloon van de brief over 2024 gebruikt"))
        #expect(warning.contains("bedoelde u signaleren.md?"))
        let findings = try ETEAnalysis.ConsistencyChecker.check(store, templatesFolder: RepositoryPaths.templates)
        #expect(findings.contains { $0.severity == .warning && $0.message.hasPrefix("brief 2024: passage signaleeren.md") })
    }

    @Test func aFolderNamedLikeAPassageIsALocatedError() throws {
        let folder = scratch.url("brieftekst")
        try FileManager.default.copyItem(at: RepositoryPaths.templates.appendingPathComponent("kamerbrief/demo/2024"), to: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("oud.md"), withIntermediateDirectories: true)
        do {
            _ = try Importer.run(ImportRequest(kind: .letterText, file: folder, year: 2024), into: store)
            Issue.record("import succeeded")
        } catch let failure as ImportFailure {
            #expect(failure.issues.map(\.description) == ["oud.md: dit is een map; verwacht een tekstbestand"])
        }
    }
}
