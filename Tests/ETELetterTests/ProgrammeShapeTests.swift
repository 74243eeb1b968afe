import ETEAnalysis
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

    /// The sections with figures that the demo letter over 2024 has, each with a figure of its own.
    static let figureSections: [(heading: String, figure: String)] = [
        ("Eén tegen eenzaamheid-campagne", "Het effectonderzoek vergelijkt"),
        ("Week tegen Eenzaamheid", "250 gemeenten die bij"),
        ("Nationale Coalitie tegen Eenzaamheid", "206 bedrijven en organisaties"),
        ("Pijler 1: Bestuurlijk commitment", "In 37% van de deelnemende gemeenten"),
        ("Pijler 2: Creëer een sterk netwerk", "81% van de gemeenten werkt samen"),
        ("Signaleren van eenzaamheid", "postbezorgers in 260 gemeenten"),
        ("Effectieve interventies", "interventies tegen eenzaamheid"),
    ]

    func sectionHeadings(_ letter: LetterDocument) -> [String] {
        letter.body.compactMap { block in
            if case .heading(_, let text) = block { return text.plainText }
            return nil
        }
    }

    /// A new period of four lines without templates: the lines carry the topics (column onderwerpen)
    /// or get them by the keywords of onderwerpen.yaml; every figure section of the stock letter is there.
    @Test func fourNewLinesWithoutTemplatesCarryEveryFigureSection() throws {
        try importCSV(
            .actionLines,
            """
            nummer;titel;van_jaar;tot_en_met_jaar;onderwerpen;programma;programma_kort
            1;Meer bewustwording in de samenleving over eenzaamheid;2022;2023;;;
            2;Meer maatschappelijk initiatief tegen eenzaamheid;2022;2023;;;
            3;In alle gemeenten een lokale aanpak tegen eenzaamheid;2022;2023;;;
            1;Eenzaamheid bespreekbaar maken;2024;;campagne|week;de Structurele aanpak Eén tegen eenzaamheid;de structurele aanpak
            2;Een sterke sociale basis met partners;2024;;;de Structurele aanpak Eén tegen eenzaamheid;de structurele aanpak
            3;Een lokale aanpak in elke gemeente;2024;;;de Structurele aanpak Eén tegen eenzaamheid;de structurele aanpak
            4;Kennis delen en leren;2024;;;de Structurele aanpak Eén tegen eenzaamheid;de structurele aanpak
            """, name: "actielijnen.csv")
        try importLetterText(adding: ["actielijn-4": "Wat werkt, moet iedereen kunnen vinden."])
        let letter = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store))
        let headings = sectionHeadings(letter)
        let text = letter.allText
        for (heading, figure) in Self.figureSections {
            #expect(headings.contains(heading), "\(heading) ontbreekt: \(headings)")
            #expect(text.contains(figure), "\(figure)")
        }
        // Each topic under the line that carries it: the data's, then by keyword in the title.
        func index(_ heading: String) -> Int { headings.firstIndex(of: heading) ?? -1 }
        #expect(index("Actielijn 1: Eenzaamheid bespreekbaar maken") < index("Eén tegen eenzaamheid-campagne"))
        #expect(index("Week tegen Eenzaamheid") < index("Actielijn 2: Een sterke sociale basis met partners"))
        #expect(index("Actielijn 2: Een sterke sociale basis met partners") < index("Nationale Coalitie tegen Eenzaamheid"))
        #expect(index("Nationale Coalitie tegen Eenzaamheid") < index("Actielijn 3: Een lokale aanpak in elke gemeente"))
        #expect(index("Actielijn 3: Een lokale aanpak in elke gemeente") < index("Pijler 1: Bestuurlijk commitment"))
        #expect(index("Actielijn 4: Kennis delen en leren") < index("Effectieve interventies"))
        #expect(!headings.contains("Verdere resultaten in 2024"))
        // The period's name comes from the data; the next Week is in the outlook of the line that carries the Week.
        #expect(text.contains("Deze brief beschrijft wat de Structurele aanpak Eén tegen eenzaamheid in 2024 heeft bereikt"))
        #expect(text.contains("aangesloten bij de structurele aanpak ("))
        #expect(!text.contains("actieprogramma Eén tegen eenzaamheid in 2024"))
        #expect(text.contains("De zestiende Week tegen Eenzaamheid is van donderdag 25 september 2025"))
    }

    /// Lines whose titles name no topic: the topics with data close the letter, so no figure and no passage is lost.
    @Test func topicsNoLineCarriesCloseTheLetter() throws {
        try importCSV(
            .actionLines,
            """
            nummer;titel;van_jaar;tot_en_met_jaar
            1;Meer bewustwording in de samenleving over eenzaamheid;2022;2023
            2;Meer maatschappelijk initiatief tegen eenzaamheid;2022;2023
            3;In alle gemeenten een lokale aanpak tegen eenzaamheid;2022;2023
            1;Iedereen doet mee;2024;
            2;Samen sterker;2024;
            3;Een sterke sociale basis;2024;
            """, name: "actielijnen.csv")
        try importLetterText(adding: [:])
        let letter = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store))
        let headings = sectionHeadings(letter)
        let closing = try #require(headings.firstIndex(of: "Verdere resultaten in 2024"))
        for (heading, figure) in Self.figureSections {
            #expect((headings.firstIndex(of: heading) ?? -1) > closing, "\(heading): \(headings)")
            #expect(letter.allText.contains(figure), "\(figure)")
        }
        // Without a programme name in the data the letter uses a neutral one.
        #expect(letter.allText.contains("Deze brief beschrijft wat het programma Eén tegen eenzaamheid in 2024 heeft bereikt"))
        // The staff's passages of those topics are all in the letter.
        for passage in ["De campagne laat zien dat een klein gebaar", "Tijdens de Week heb ik zelf"] {
            #expect(letter.allText.contains(passage))
        }
    }

    /// A passage the year's letter does not read is reported by the import, by ete check and by the letter itself.
    @Test func anUnusedPassageIsReportedWithTheYearsTemplates() throws {
        try importLetterText(adding: ["actielijn-5": "Deze lijn bestaat niet in 2024."])
        let warnings = try WriteLetter(
            year: 2024, store: store, templates: RepositoryPaths.templates, outputFolder: scratch.folder
        ).unusedPassageWarnings()
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.hasPrefix("passage actielijn-5.md wordt door geen sjabloon van de brief over 2024 gebruikt"), "\(warning)")
        #expect(warning.contains("secties/actielijnen/bewustwording.md"))
        #expect(warning.contains("secties/onderwerpen/campagne.md"))
        let findings = try ConsistencyChecker.check(store, year: 2024, templatesFolder: RepositoryPaths.templates)
        #expect(
            findings.contains { $0.message.hasPrefix("brief 2024: passage actielijn-5.md wordt door geen sjabloon van de brief over 2024") }
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
