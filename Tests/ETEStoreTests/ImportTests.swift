import ETEAnalysis
import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Good files: the documented examples in templates/voorbeelden import cleanly.
@Suite("Importing good files")
struct GoodImportTests {
    func importExample(_ kind: ImportKind, _ name: String, year: Int? = nil, into store: Store) throws -> ImportSummary {
        try Importer.run(
            ImportRequest(
                kind: kind, file: RepositoryPaths.examples.appendingPathComponent(name), year: year,
                templatesDirectory: RepositoryPaths.templates), into: store)
    }

    @Test func everyExampleImports() throws {
        let store = try Scratch().newStore()
        #expect(try importExample(.municipalities, "gemeenten.csv", into: store).rows == 4)
        #expect(try importExample(.partners, "partners.csv", into: store).rows == 3)
        #expect(try importExample(.weekEditions, "week-edities.csv", into: store).rows == 2)
        #expect(try importExample(.weekRegistrations, "week-2024.csv", year: 2024, into: store).rows == 3)
        #expect(try importExample(.campaign, "campagne.csv", into: store).rows == 12)
        #expect(try importExample(.actionLines, "actielijnen.csv", into: store).rows == 3)
        #expect(try importExample(.actions, "acties.csv", into: store).rows == 2)
        #expect(try importExample(.signalling, "signalering.csv", into: store).rows == 2)
        #expect(try importExample(.figures, "kerncijfers.csv", into: store).rows == 2)
        #expect(try importExample(.benchmark, "benchmark-2024.csv", year: 2024, into: store).rows == 10)

        let municipalities = try store.read { try $0.municipalities() }
        let hague = try #require(municipalities.first { $0.code.rawValue == "GM0518" })
        #expect(hague.joinedOn == Day(year: 2020, month: 1, day: 15))
        #expect(hague.localCoalitionSince == nil)
        #expect(hague.adviser == "Adviseur regio Zuidwest")

        let responses = try store.read { try $0.benchmarkResponses(year: 2024) }
        let frisian = try #require(responses.first { $0.municipality.rawValue == "GM1900" })
        #expect(frisian.answers["p1_wethouder_actief"] == "ja")
        #expect(frisian.answers["p1_beleid_vastgelegd"] == "breder_beleid")
        #expect(frisian.answers["p2_coalitie_partners"] == "zorg_welzijn|bibliotheek")
        #expect(frisian.answers["p2_aantal_partners"] == "12")
        #expect(responses.contains { $0.municipality.rawValue == "GM0373" })  // "Bergen (NH.)"

        let week = try store.read { try $0.weekRegistrations(year: 2024) }
        #expect(week.map(\.participants) == [35, 1200, nil])
        #expect(week[1].organiser == "Buurthuis De Ster; Lelystad")
        let actions = try store.read { try $0.actionStatuses(year: 2024) }
        #expect(actions.first?.resultText == "De toolkit is met gebruikers verbeterd.\nHij telt nu zes onderdelen.")
        let partners = try store.read { try $0.coalitionPartners() }
        #expect(partners.first { $0.name == "Stichting Voorbeeld, Samen Sterk" }?.riskGroups.count == 2)
        let measurements = try store.read { try $0.campaignMeasurements() }
        #expect(measurements.first { $0.metric == "in-staat-gesprek" }?.targetMet == false)
    }

    @Test func reimportingABenchmarkYearReplacesIt() throws {
        let store = try Scratch().newStore()
        _ = try importExample(.benchmark, "benchmark-2024.csv", year: 2024, into: store)
        let again = try importExample(.benchmark, "benchmark-2024.csv", year: 2024, into: store)
        #expect(again.notes == ["10 eerdere antwoorden van 2024 vervangen"])
        #expect(try store.tableCounts()["benchmark_response"] == 10)
    }

    @Test func questionnaireFromYAML() throws {
        let store = try Scratch().newStore()
        let summary = try Importer.run(
            ImportRequest(kind: .questionnaire, file: RepositoryPaths.templates.appendingPathComponent("benchmark/2023.yaml")), into: store)
        #expect(summary.rows == 14)
        let questionnaire = try #require(try store.read { try $0.questionnaire(year: 2023) })
        #expect(questionnaire.question("p4_regiobijeenkomst") == nil)
        #expect(questionnaire.question("p2_coalitie_partners")?.askedIf == AskCondition(questionID: "p2_lokale_coalitie", answers: ["ja"]))
        #expect(questionnaire.question("p3_betrekken_uitdaging")?.scored == false)
    }
}

/// Bad files: every import is refused whole, with located Dutch messages, and no table changes.
@Suite("Refusing bad files")
struct BadImportTests {
    let scratch: Scratch
    let store: Store
    let before: String

    init() throws {
        scratch = try Scratch()
        store = try scratch.newStore()
        _ = try Importer.run(
            ImportRequest(
                kind: .benchmark, file: RepositoryPaths.examples.appendingPathComponent("benchmark-2024.csv"),
                year: 2024, templatesDirectory: RepositoryPaths.templates), into: store)
        before = try store.contentFingerprint()
    }

    /// Imports `text` as `name` and returns the issues; fails the test when the import succeeds or changes data.
    func refusal(
        _ kind: ImportKind, _ name: String, _ text: String, year: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        try scratch.refusedImport(kind, text, name: name, year: year, into: store, sourceLocation: sourceLocation)
    }

    func refusal(
        _ kind: ImportKind, _ name: String, bytes: [UInt8], year: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        try scratch.refusedImport(kind, bytes: bytes, name: name, year: year, into: store, sourceLocation: sourceLocation)
    }

    static let header = "gemeente;p1_wethouder_actief;p1_structureel_budget;p3_betrekken_uitdaging;p2_lokale_coalitie;p2_aantal_partners\n"

    @Test func unknownMunicipalityWithSuggestion() throws {
        let rows = (2...11).map { _ in "" }.enumerated().map { index, _ in
            ["Leiden", "Delft", "Gouda", "Zeist", "Ede", "Oss", "Epe", "Urk", "Elburg", "Venlo"][index] + ";ja;nee;3;nee;"
        }
        let issues = try refusal(
            .benchmark, "benchmark-2024.csv", Self.header + rows.joined(separator: "\n") + "\nAmsterdm;ja;nee;3;nee;\n", year: 2024)
        #expect(issues == ["benchmark-2024.csv:12:1: onbekende gemeente \"Amsterdm\" — bedoelde u \"Amsterdam\"?"])
    }

    @Test func unknownQuestionID() throws {
        let issues = try refusal(.benchmark, "antwoorden.csv", "gemeente;p1_wethouder_actif\nLeiden;ja\n", year: 2024)
        #expect(
            issues == [
                "antwoorden.csv:1:2: onbekende vraag-id \"p1_wethouder_actif\" in de vragenlijst 2024 — bedoelde u \"p1_wethouder_actief\"?"
            ])
    }

    @Test func duplicateMunicipalityRows() throws {
        let issues = try refusal(.benchmark, "antwoorden.csv", Self.header + "Leiden;ja;nee;3;nee;\nGM0546;nee;nee;3;nee;\n", year: 2024)
        #expect(issues == ["antwoorden.csv:3:1: gemeente Leiden staat ook op regel 2; verwacht één regel per gemeente"])
    }

    @Test func outOfRangeAndInvalidValues() throws {
        let issues = try refusal(
            .benchmark, "antwoorden.csv", Self.header + "Leiden;misschien;nee;7;ja;0\nDelft;ja;nee;2;nee;40\n", year: 2024)
        #expect(
            issues == [
                "antwoorden.csv:2:2: \"misschien\" is geen geldig antwoord op p1_wethouder_actief; verwacht ja of nee",
                "antwoorden.csv:2:4: \"7\" is geen geldig antwoord op p3_betrekken_uitdaging; verwacht een geheel getal van 1 tot en met 5 of de tekst van een antwoord (Geen uitdaging, Een kleine uitdaging, Enigszins een uitdaging, Een grote uitdaging, Een zeer grote uitdaging)",
                "antwoorden.csv:2:6: \"0\" is geen geldig antwoord op p2_aantal_partners; verwacht een getal van 1 tot en met 1.000",
                "antwoorden.csv:3:6: p2_aantal_partners is ingevuld, maar hoort alleen beantwoord te worden als p2_lokale_coalitie = ja (nu: nee)",
            ])
    }

    @Test func wrongYear() throws {
        let inColumn = try refusal(.benchmark, "antwoorden.csv", "gemeente;jaar;p1_wethouder_actief\nLeiden;2023;ja\n", year: 2024)
        #expect(inColumn == ["antwoorden.csv:2:2: jaar 2023 hoort niet bij deze import; verwacht 2024 (zoals --year)"])
        let inName = try refusal(.benchmark, "benchmark-2023.csv", "gemeente;p1_wethouder_actief\nLeiden;ja\n", year: 2024)
        #expect(
            inName == ["benchmark-2023.csv: de bestandsnaam noemt 2023, maar --year is 2024; controleer het jaar of hernoem het bestand"])
        let outside = try refusal(.benchmark, "antwoorden.csv", "gemeente;p1_wethouder_actief\nLeiden;ja\n", year: 2040)
        #expect(outside == ["antwoorden.csv: jaar 2040 valt buiten het programma; verwacht 2018 tot en met 2035"])
        let missing = try refusal(.benchmark, "antwoorden.csv", "gemeente;p1_wethouder_actief\nLeiden;ja\n")
        #expect(missing == ["antwoorden.csv: geef het jaar op met --year; dit bestand zegt niet over welk jaar het gaat"])
        let noQuestionnaire = try refusal(.benchmark, "antwoorden.csv", "gemeente;p1_wethouder_actief\nLeiden;ja\n", year: 2031)
        #expect(noQuestionnaire.first?.contains("er is geen vragenlijst voor 2031") == true)
    }

    @Test func emptyAndHeaderOnlyFiles() throws {
        #expect(try refusal(.benchmark, "leeg.csv", "", year: 2024) == ["leeg.csv: bestand is leeg; verwacht een kopregel met kolomnamen"])
        #expect(
            try refusal(.partners, "kop.csv", "naam,sector,toegetreden\n") == [
                "kop.csv:1: bestand bevat alleen een kopregel; verwacht minstens één regel met gegevens"
            ])
    }

    @Test func binaryAndNonUTF8() throws {
        let excel = try refusal(.benchmark, "antwoorden.xlsx", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], year: 2024)
        #expect(
            excel == [
                "antwoorden.xlsx: dit is een Excel-, Word- of zipbestand, geen tekst; sla het op als 'CSV UTF-8' (in Excel: Opslaan als → CSV UTF-8)"
            ])
        let ansi = try refusal(
            .benchmark, "antwoorden.csv",
            bytes: Array("gemeente;p1_wethouder_actief\nS".utf8) + [0xFA] + Array("dwest-Frysl\u{E2}n;ja\n".utf8), year: 2024)
        #expect(
            ansi == [
                "antwoorden.csv:2: ongeldige UTF-8-tekst bij teken 2 (mogelijk Windows-1252/ANSI); sla het op als 'CSV UTF-8' (in Excel: Opslaan als → CSV UTF-8)"
            ]
        )
    }

    @Test func otherKindsReportEveryRow() throws {
        let partners = try refusal(
            .partners, "partners.csv",
            "naam,sector,toegetreden,risicogroepen\nA,zorg,2024-13-01,\n,zorg,2024-01-01,\nB,zorg,2024-01-01,ouderen\nC,zorg,2024-01-01,\nC,zorg,2024-02-01,\n"
        )
        #expect(
            partners == [
                "partners.csv:2:3: \"2024-13-01\" is geen datum; verwacht bijvoorbeeld 26-09-2024 of 2024-09-26",
                "partners.csv:3:1: kolom \"naam\" is leeg; verwacht een waarde",
                "partners.csv:4:4: onbekende risicogroep \"ouderen\"; verwacht: lage-ses, gezondheidsproblemen, partner-met-gezondheidsproblemen, migratieachtergrond, jongvolwassenen",
                "partners.csv:6:1: partner C staat ook op regel 5; verwacht één regel per partner",
            ])
        let week = try refusal(
            .weekRegistrations, "week.csv",
            "organisator;gemeente;datum;soort_activiteit;kom_erbij_pakket;deelnemers\nX;Leiden;26-09-2024;maaltijd;ja;10\n", year: 2024)
        #expect(
            week == ["week.csv: er is geen Week tegen Eenzaamheid 2024 bekend; importeer eerst de editie met 'ete import week-edities'"])
        let actions = try refusal(
            .actions, "acties.csv", "actie;actielijn;titel;jaar;status;resultaat\na;3;A;2019;klaar;tekst\nb;2;B;2024;gepland;tekst\n")
        #expect(
            actions == [
                "acties.csv:2:5: onbekende status \"klaar\"; verwacht gepland, lopend of afgerond"
            ])
        let columns = try refusal(.campaign, "campagne.csv", "campagne;meting;jaar;indicatr;omschrijving;percentage\nx;m;2024;i;o;120\n")
        #expect(columns.first == "campagne.csv:1:4: onbekende kolom \"indicatr\" — bedoelde u \"indicator\"?")
        #expect(columns.contains("campagne.csv:1: kolom \"indicator\" ontbreekt in de kopregel"))
        #expect(columns.contains("campagne.csv:2:6: 120 valt buiten het bereik; verwacht 0 tot en met 100"))
    }

    @Test func manyErrorsAreCappedInTheMessage() throws {
        let rows = (1...40).map { "Nergenshuizen\($0);ja" }.joined(separator: "\n")
        let file = try scratch.write("gemeente;p1_wethouder_actief\n" + rows + "\n", to: "veel.csv")
        do {
            _ = try Importer.run(
                ImportRequest(kind: .benchmark, file: file, year: 2024, templatesDirectory: RepositoryPaths.templates), into: store)
            Issue.record("import succeeded")
        } catch let failure as ImportFailure {
            #expect(failure.issues.count == 40)
            let lines = try #require(failure.errorDescription).split(separator: "\n")
            #expect(lines.count == ImportFailure.listedIssueLimit + 2)
            #expect(lines[ImportFailure.listedIssueLimit] == "… en nog 15 fouten")
            #expect(lines.last == "Import afgebroken (40 fouten); er is niets uit veel.csv opgeslagen.")
        }
        #expect(try store.contentFingerprint() == before)
    }

    @Test func questionnaireErrorsAreLocated() throws {
        let issues = try refusal(
            .questionnaire, "2025.yaml",
            "jaar: 2025\ntitel: Test\nvragen:\n  - id: q1\n    pijler: 7\n    type: ja_nee\n    tekst: Vraag?\n  - id: q2\n    pijler: 1\n    type: janee\n    tekst: Vraag?\n"
        )
        #expect(
            issues == [
                "2025.yaml:5:13: \"pijler\" is \"7\"; verwacht een geheel getal van 1 tot en met 5",
                "2025.yaml:10:11: onbekend vraagtype \"janee\"; verwacht ja_nee, enkelvoudig, meervoudig, likert, getal",
            ])
        let syntax = try refusal(.questionnaire, "2026.yaml", "jaar: 2026\nvragen: [\n")
        #expect(syntax.first?.hasPrefix("2026.yaml:3:1: YAML-fout") == true)
    }
}
