import ETELetter
import ETEModel
import ETEStore
import ETEWorkbench
import Foundation
import TestSupport
import Testing

/// Class 6 of "a real year": the action lines are data. A year with four lines, renamed lines, or a
/// new set of lines starting next year gives the right letter without a code change.
@Suite("Progress letter: action lines as data")
struct ProgrammeShapeTests {
    let scratch: Scratch
    let store: Store

    init() throws {
        scratch = try Scratch()
        store = try scratch.demoStore()
    }

    @discardableResult
    func importCSV(_ kind: ImportKind, _ text: String, name: String) throws -> ImportSummary {
        try scratch.importText(kind, text, name: name, into: store)
    }

    func importFailure(
        _ kind: ImportKind, _ text: String, name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        try scratch.refusedImport(kind, text, name: name, into: store, sourceLocation: sourceLocation)
    }

    /// The demo letter texts of 2024 plus the given extra passages, imported for 2024.
    func importLetterText(adding passages: [String: String]) throws {
        let folder = scratch.url("brieftekst-2024")
        try FileManager.default.copyItem(at: RepositoryPaths.templates.appendingPathComponent("kamerbrief/demo/2024"), to: folder)
        for (name, text) in passages {
            try text.write(to: folder.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
        }
        _ = try Importer.run(
            ImportRequest(kind: .letterText, file: folder, year: 2024, templatesDirectory: RepositoryPaths.templates), into: store)
    }

    func headings(_ letter: LetterDocument) -> [String] {
        letter.body.compactMap { block in
            if case .heading(1, let text) = block { return text.plainText }
            return nil
        }
    }

    @Test func fourRenamedLinesFrom2024() throws {
        let summary = try importCSV(
            .actionLines,
            """
            nummer;titel;van_jaar;tot_en_met_jaar;sjabloon
            1;Meer bewustwording in de samenleving over eenzaamheid;2022;2023;bewustwording
            2;Meer maatschappelijk initiatief tegen eenzaamheid;2022;2023;maatschappelijk-initiatief
            3;In alle gemeenten een lokale aanpak tegen eenzaamheid;2022;2023;lokale-aanpak
            1;Eenzaamheid bespreekbaar maken;2024;;bewustwording
            2;Samen met maatschappelijke partners;2024;;maatschappelijk-initiatief
            3;Een lokale aanpak in elke gemeente;2024;;lokale-aanpak
            4;Eenzaamheid onder jongeren;2024;;
            """, name: "actielijnen.csv")
        #expect(summary.rows == 7)
        // The demo's 2024 and 2025 actions move to the lines with the same number in their year.
        #expect(summary.notes.contains { $0.hasPrefix("5 acties van 2024 horen nu bij actielijn 1 (vanaf 2024)") }, "\(summary.notes)")

        // Line 4 has no template of its own: the general section needs its passage.
        #expect(throws: LetterError.self) { try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store)) }
        do {
            _ = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store))
        } catch let error as LetterError {
            #expect(error.description.contains("de passage actielijn-4.md ontbreekt"), "\(error)")
            #expect(error.description.contains("templates/kamerbrief/secties/actielijn.md"), "\(error)")
            #expect(error.description.contains("ete import letter-text MAP --year 2024"), "\(error)")
        }

        try importLetterText(adding: ["actielijn-4": "Jongeren voelen zich vaker eenzaam dan gedacht; deze lijn richt zich op hen."])
        try importCSV(
            .actions,
            """
            actie;actielijn;titel;jaar;status;resultaat
            jongerenpanel;4;Jongerenpanel;2024;afgerond;Twintig jongeren gaven advies over de campagne.
            jongerenpanel;4;Jongerenpanel;2025;gepland;Het panel komt twee keer per jaar bijeen.
            """, name: "acties-jongeren.csv")
        // With the completed actions listed (keuzes.yaml), so that the 2024 result shows too.
        let builder = LetterBuilder(templatesFolder: try scratch.letterTemplates(choices: DemoLetters.everyChoice))
        let letter = try builder.build(try LetterInput.load(year: 2024, from: store))
        #expect(
            headings(letter).filter { $0.hasPrefix("Actielijn") } == [
                "Actielijn 1: Eenzaamheid bespreekbaar maken", "Actielijn 2: Samen met maatschappelijke partners",
                "Actielijn 3: Een lokale aanpak in elke gemeente", "Actielijn 4: Eenzaamheid onder jongeren",
            ])
        let text = letter.allText
        #expect(text.contains("aan de hand van de vier actielijnen"))
        #expect(text.contains("Jongeren voelen zich vaker eenzaam dan gedacht"))
        #expect(text.contains("Jongerenpanel. Twintig jongeren gaven advies over de campagne."))
        #expect(text.contains("Jongerenpanel. Het panel komt twee keer per jaar bijeen."))
        // The demo's own actions stay with their (renamed) lines: completed under line 1.
        #expect(text.contains("Publiekscampagne Eén tegen eenzaamheid."))

        // The letter over 2023 keeps the lines of 2023 and their titles.
        let earlier = try DemoLetters.builder.build(try LetterInput.load(year: 2023, from: store))
        #expect(headings(earlier).filter { $0.hasPrefix("Actielijn") }.count == 3)
        #expect(headings(earlier).contains("Actielijn 1: Meer bewustwording in de samenleving over eenzaamheid"))
    }

    @Test func newLinesNextYearGetTheirOwnOutlook() throws {
        // The 2022 lines end with 2024 and only two lines follow: the three actions planned
        // for 2025 under line 3 have no line, so nothing is written.
        let linesEndingIn2024AndTwoNew = """
            nummer;titel;van_jaar;tot_en_met_jaar
            1;Meer bewustwording in de samenleving over eenzaamheid;2022;2024
            2;Meer maatschappelijk initiatief tegen eenzaamheid;2022;2024
            3;In alle gemeenten een lokale aanpak tegen eenzaamheid;2022;2024
            1;Iedereen doet mee;2025;
            2;Een structurele lokale aanpak;2025;

            """
        let refused = try importFailure(.actionLines, linesEndingIn2024AndTwoNew, name: "actielijnen-kort.csv")
        #expect(
            refused.contains {
                $0.contains("acties van 2025 horen bij actielijn 3 (2022–2024), maar 2025 heeft na deze import geen actielijn 3")
            }, "\(refused)")
        #expect(try store.read { try $0.actionLines() }.map(\.id) == ["2018-1", "2018-2", "2022-1", "2022-2", "2022-3"])

        try importCSV(.actionLines, linesEndingIn2024AndTwoNew + "3;Kennis en monitoring;2025;\n", name: "actielijnen.csv")
        let letter = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store))
        let text = letter.allText
        #expect(
            text.components(
                separatedBy: "Deze actielijn loopt af met 2024. Wat vanaf 2025 gepland staat, volgt onder de nieuwe actielijnen."
            ).count == 4)
        #expect(headings(letter).contains("Vooruitblik: de actielijnen vanaf 2025"))
        #expect(text.contains("Vanaf 2025 werkt het programma met drie actielijnen die in 2024 nog niet bestonden."))
        #expect(text.contains("Actielijn 3: Kennis en monitoring"))
        // A planned action of the demo for 2025 appears once, under its new line.
        #expect(
            text.components(separatedBy: "Het project uitbreiden en nagaan hoe sociaalwerkorganisaties meldingen goed opvolgen.").count == 2
        )
    }

    @Test func lineFileMistakesAreLocated() throws {
        let issues = try importFailure(
            .actionLines,
            """
            nummer;titel;van_jaar;tot_en_met_jaar;sjabloon
            1;Overlapt;2024;;
            2;Verkeerd om;2026;2025;
            3;Onbekend sjabloon;2026;;lokale-aanpk
            4;Rare naam;2026;;Lokale Aanpak
            """, name: "actielijnen.csv")
        #expect(
            issues.contains {
                $0.hasPrefix("actielijnen.csv:2:3: actielijn 1 (vanaf 2024) overlapt met actielijn 1 (2022–2025, \"Meer bewustwording")
            }, "\(issues)")
        #expect(issues.contains("actielijnen.csv:3:4: 2025 ligt vóór van_jaar 2026; verwacht 2026 of later"), "\(issues)")
        #expect(
            issues.contains {
                $0.hasPrefix("actielijnen.csv:4:5: sjabloon lokale-aanpk.md bestaat niet") && $0.contains("bedoelde u lokale-aanpak?")
            }, "\(issues)")
        #expect(issues.contains { $0.hasPrefix("actielijnen.csv:5:5: \"Lokale Aanpak\" is geen sjabloonnaam") }, "\(issues)")

        let unknown = try importFailure(
            .actions,
            """
            actie;actielijn;titel;jaar;status;resultaat
            a;4;A;2024;afgerond;tekst
            b;1;B;2027;gepland;tekst
            """, name: "acties.csv")
        #expect(
            unknown.contains {
                $0.hasPrefix("acties.csv:2:2: actielijn 4 bestaat niet in 2024; verwacht 1 (Meer bewustwording")
                    && $0.contains(" of 3 (In alle gemeenten")
            }, "\(unknown)")
        #expect(
            unknown.contains("acties.csv:3:2: er zijn geen actielijnen voor 2027; importeer ze eerst met 'ete import actielijnen BESTAND'"),
            "\(unknown)")
    }
}
