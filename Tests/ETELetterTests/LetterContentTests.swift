import ETEAnalysis
import ETELetter
import ETEModel
import ETEOutput
import Foundation
import TestSupport
import Testing

@Suite("Demo progress letter: content")
struct LetterContentTests {
    /// Every figure of the 2024 letter listed in DOMAIN.md, as the generated letter must phrase it.
    static let figures2024 = [
        "Aan de benchmark van 2024 deden 157 gemeenten mee",
        "In 37% van de deelnemende gemeenten zet de wethouder zich actief in",
        "gedaald van 34% in 2023 naar 24% in 2024",
        "81% van de gemeenten werkt samen in een lokale coalitie",
        "Zorg- en welzijnsorganisaties doen daar altijd aan mee, bibliotheken in 85% en betrokken inwoners in 84%",
        "Voor 56% van de gemeenten is het betrekken",
        "In 55% van de gemeenten zijn zij wel bij het beleid betrokken",
        "91% van de gemeenten gebruikt voorbeelden uit de praktijk",
        "83% maakt gebruik van de adviseurs",
        "deed 80% van de gemeenten mee",
        "70% van de gemeenten monitort en evalueert",
        "Eind 2024 was 80% van alle gemeenten aangesloten",
        "Daarvan werkt ruim 80% met een lokale coalitie",
        "250 gemeenten die bij het actieprogramma zijn aangesloten, organiseerden iets",
        "postbezorgers in 260 gemeenten",
        "bijna 600 meldingen",
        "206 bedrijven en organisaties",
        "MBO Raad", "MantelzorgNL", "Vereniging van Openbare Bibliotheken", "Vrouwen van Nu", "EMB Nederland", "ABCdate",
        "Stichting Kinderpostzegels", "COC Nederland",
        "Van 26 september tot en met 2 oktober 2024 was de vijftiende Week tegen Eenzaamheid",
        "680 keer aangevraagd, voor activiteiten met zeker 50.000 deelnemers",
        "trok bijna 800 deelnemers",
        "De zestiende Week tegen Eenzaamheid is van donderdag 25 september 2025 tot en met woensdag 1 oktober 2025, met de landelijke opening op woensdag 24 september 2025",
        "gestegen van 73% in 2023 naar 81% in 2024",
        "gestegen van 80% in 2023 naar 86% in 2024",
        "bleef vrijwel gelijk (59% in 2023, 61% in 2024)",
        "door 67% van de jongeren van 16 tot 25 jaar herkend",
        "Ongeveer 80% van hen staat positief tegenover praten over gevoelens",
        "is in 2024 niet gehaald",
        "bevat nu zesentwintig interventies",
        "in 2024 ging het om vijftig initiatieven",
        "één op de tien kinderen van 10 tot 15 jaar",
    ]

    @Test(arguments: figures2024)
    func letter2024ContainsFigure(_ phrase: String) {
        #expect(DemoLetters.letter2024.allText.contains(phrase))
    }

    /// The headings of the published letter over 2024 (shared/seeds/2025-voortgangsbrief-over-2024.txt),
    /// sections and subsections in reading order. The demo letter has the same ones; its passages are
    /// fictitious, its structure is not.
    static let publishedHeadings2024 = [
        "Actielijn 1: Meer bewustwording in de samenleving over eenzaamheid", "Eén tegen eenzaamheid-campagne",
        "Campagne Hey, het is oké", "Eén overzichtelijke plek met informatie", "Week tegen Eenzaamheid",
        "Wetenschappelijke adviescommissie", "Eenzaamheid onder kinderen", "Effectieve interventies", "Nationale Wetenschapsagenda",
        "Vooruitblik 2025",
        "Actielijn 2: Meer maatschappelijk initiatief tegen eenzaamheid", "Nationale Coalitie tegen Eenzaamheid", "Ondersteuningsaanbod",
        "Programma Verminderen Eenzaamheid", "Vooruitblik 2025",
        "Actielijn 3: In alle gemeenten een lokale aanpak tegen eenzaamheid", "Pijler 1: Bestuurlijk commitment",
        "Pijler 2: Creëer een sterk netwerk", "Pijler 3: Betrek mensen met gevoelens van eenzaamheid zelf", "Pijler 4: Duurzame aanpak",
        "Pijler 5: Monitoren en evalueren", "Signaleren van eenzaamheid", "Vooruitblik 2025",
        "Structurele aanpak Eén tegen eenzaamheid vanaf 2026",
    ]

    @Test func structureFollowsThePublishedLetter() throws {
        // The list above is the published letter's: each heading stands on a line of its own there, in this order.
        let published = try String(
            contentsOf: RepositoryPaths.seeds.appendingPathComponent("2025-voortgangsbrief-over-2024.txt"), encoding: .utf8
        )
        .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var position = published.startIndex
        for heading in Self.publishedHeadings2024 {
            let found = published[position...].firstIndex(of: heading)
            #expect(found != nil, "\(heading) is not a line of the published letter after line \(position)")
            position = (found ?? position) + 1
        }
        let generated = DemoLetters.letter2024.body.compactMap { block -> String? in
            if case .heading(_, let text) = block { return text.plainText } else { return nil }
        }
        #expect(generated == Self.publishedHeadings2024)
        let letter = DemoLetters.letter2024
        #expect(letter.reference == "0000000-0000000-DMO (demo)")
        #expect(letter.field("Datum") == "30 juni 2025")
        #expect(letter.signature.first == "Hoogachtend,")
        #expect(letter.signature.last == "J. de Demo (fictief)")
        #expect(letter.notice == Provenance.demoLetterNotice)
        #expect(letter.body.first == .paragraph([.text("Geachte voorzitter,")]))
    }

    /// By default (keuzes.yaml, as in the letter over 2024) completed actions have no list of their
    /// own; the planned ones follow the outlook staff wrote.
    @Test func actionsCompletedThisYearAndPlannedForNext() {
        let standard = DemoLetters.letter2024.allText
        #expect(!standard.contains("Afgeronde acties"))
        #expect(!standard.contains("Toolkit voor bedrijven en organisaties."))
        #expect(standard.contains("Handreiking voor scholen. Een handreiking voor scholen"))
        #expect(standard.contains("In 2025 richt de Nationale Coalitie zich op blijvende samenwerking"))

        let chosen = DemoLetters.filesWithEveryChoice.letter
        let bullets = chosen.body.flatMap { block -> [String] in
            if case .bullets(let items) = block { return items.map(\.plainText) } else { return [] }
        }
        #expect(chosen.body.filter { $0 == .heading(level: 2, text: [.text("Afgeronde acties 2024")]) }.count == 3)
        #expect(bullets.contains { $0.hasPrefix("Toolkit voor bedrijven en organisaties.") })
        #expect(bullets.contains { $0.hasPrefix("Handreiking voor scholen. ") })
        // A 2025 plan is not reported as completed.
        #expect(!chosen.allText.contains("Afgeronde acties 2025"))
    }

    /// With the choice on, pillar 4 gives the policy profile shares, the same as the national
    /// workbook's Beleidsprofiel sheet (one plan decides both); the standard letter has no such sentence.
    @Test func policyProfileSentenceFollowsTheChoiceAndTheFigures() throws {
        #expect(!DemoLetters.letter2024.allText.contains("structureel gericht eenzaamheidsbeleid"))
        let overview = try #require(try BenchmarkOverview.load(year: 2024, from: SharedDemo.store, profiles: try DemoLetters.profileRules))
        let rules = try #require(overview.profileRules)
        func share(_ id: String) throws -> Int {
            let profile = try #require(rules.profiles.first { $0.id == id })
            return try #require(overview.nation.profileShare(profile))
        }
        let text = DemoLetters.filesWithEveryChoice.letter.allText
        #expect(
            text.contains(
                "Van de \(overview.nation.profiled) gemeenten waarvan de antwoorden een indeling toelaten, voert \(try share("structureel"))% structureel gericht eenzaamheidsbeleid"
            ))
        #expect(
            text.contains("Bij \(try share("tijdelijk"))% is het beleid tijdelijk gericht en bij \(try share("a-specifiek"))% a-specifiek.")
        )
    }

    /// Per pillar, the year's actions linked to it, introduced the way the minister reports them.
    @Test func pillarsListTheirActionsOfTheYear() {
        let text = DemoLetters.letter2024.allText
        #expect(text.contains("In 2024 heb ik ingezet op bestuurlijk commitment door:\nVoorbeeld-raadsinformatiebrief. "))
        #expect(
            text.contains(
                "In 2024 heb ik ingezet op het betrekken van mensen met gevoelens van eenzaamheid door:\nKwartiermaker migratieachtergrond. "
            ))
        // Pillar 5 has no action in 2024 and so no introduction; a planned action is not reported as done.
        #expect(!text.contains("ingezet op het monitoren"))
        #expect(!text.contains("ingezet op een duurzame lokale aanpak door:\nEén-op-één-ondersteuning"))
    }

    @Test func footnotesAreNumberedInReadingOrder() {
        let notes = DemoLetters.letter2024.footnotes
        #expect(notes.count == 8)
        #expect(notes.first?.url == "https://www.nature.com/articles/s41562-024-02078-1")
        #expect(notes.contains { $0.text.hasPrefix("1. Bestuurlijk commitment, 2. Creëer") && $0.url == nil })
    }

    /// Figures that only exist from 2024 on must not appear in the letter about 2023.
    @Test func letter2023ShowsOnly2023Figures() {
        let text = DemoLetters.letter2023.allText
        #expect(text.contains("Aan de benchmark van 2023 deden 150 gemeenten mee"))
        #expect(text.contains("In 36% van de deelnemende gemeenten"))
        #expect(text.contains("34% van de gemeenten heeft structureel budget"))
        #expect(text.contains("de veertiende Week tegen Eenzaamheid"))
        for leak in [
            "157", "37%", "24%", "206", "680", "50.000", "831", "bijna 800", "bijna 600", "gedaald van", "86%",
            "67%", "MBO Raad", "zesentwintig", "vijftig", "regionale bijeenkomst",
        ] {
            #expect(!text.contains(leak), "2024-cijfer \"\(leak)\" in de brief over 2023")
        }
        #expect(DemoLetters.letter2023.reference == "0000000-0000000-DMO (demo 2023)")
    }
}
