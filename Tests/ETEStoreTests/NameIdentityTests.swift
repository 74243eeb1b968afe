import ETEAnalysis
import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Class 1 and 2 of "a real year": one identity rule for named entities across imports, and
/// official municipality names that matching never changes.
@Suite("Identity of named entities across imports")
struct NameIdentityTests {
    @Test func aPartnerSpelledDifferentlyInALaterImportIsStillOnePartner() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        _ = try scratch.importText(
            .partners, "naam;sector;toegetreden\nStichting Zilveren Draad;welzijn;2023-02-01\nHuis van Morgen;wonen;2023-05-01\n",
            name: "partners-2023.csv", into: store)
        let later = try scratch.importText(
            .partners,
            "naam;sector;toegetreden\nSTICHTING  ZILVEREN   DRAAD;welzijn;2023-02-01\nhuis van morgén;wonen;2023-05-01\nNieuwe Partner;zorg;2024-03-01\n",
            name: "partners-2024.csv", into: store)
        let figures = try FigureCalculator.figures(for: 2024, in: store)
        #expect(figures.coalition.partnersAtYearEnd == 3)
        #expect(figures.coalition.joinedInYear == 1)
        // The stored spelling stays; the import says which rows it matched that way.
        #expect(
            try store.read { try $0.coalitionPartners() }.map(\.name).sorted() == [
                "Huis van Morgen", "Nieuwe Partner", "Stichting Zilveren Draad",
            ])
        #expect(later.notes.contains { $0.contains("2 partner(s) herkend onder een andere schrijfwijze") })
    }

    @Test func signallingNetworksFollowTheSameRule() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        _ = try scratch.importText(
            .signalling, "netwerk;gemeente;sinds;jaar;meldingen\nBuurtpost Samen;Utrecht;2023-01-01;2023;4\n",
            name: "signalering-a.csv", into: store)
        _ = try scratch.importText(
            .signalling,
            "netwerk;gemeente;sinds;jaar;meldingen\nbuurtpost  samen;Utrecht;2023-01-01;2024;6\nBUURTPOST SAMEN;Zwolle;2024-02-01;2024;1\n",
            name: "signalering-b.csv", into: store)
        let networks = try FigureCalculator.figures(for: 2024, in: store).signalling?.networks ?? []
        #expect(networks.count == 1)
        #expect(networks.first?.network == "Buurtpost Samen")
        #expect(networks.first?.municipalities == 2)
        #expect(networks.first?.reports == 7)
    }

    @Test func checkListsNearDuplicatesAsWarnings() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        _ = try scratch.importText(
            .partners,
            "naam;sector;toegetreden\nVereniging Ouderenkracht;welzijn;2023-02-01\nVereniging Ouderenkraht;welzijn;2024-02-01\nGeheel Anders;zorg;2024-01-01\n",
            name: "partners.csv", into: store)
        let warnings = try ConsistencyChecker.check(store).filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.contains { $0.contains("\"Vereniging Ouderenkracht\" en \"Vereniging Ouderenkraht\" lijken dezelfde") })
        #expect(!warnings.contains { $0.contains("Geheel Anders") })
    }
}

@Suite("Official municipality names")
struct OfficialNameTests {
    let scratch: Scratch
    let store: Store

    init() throws {
        scratch = try Scratch()
        store = try scratch.newStore()
    }

    func importMunicipalities(_ text: String) throws -> ImportSummary {
        try scratch.importText(.municipalities, text, name: "gemeenten.csv", into: store)
    }

    func name(_ code: String) throws -> String? {
        try store.read { try $0.municipalities() }.first { $0.code.rawValue == code }?.name
    }

    func issues(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try scratch.refusedImport(.municipalities, text, name: "gemeenten.csv", into: store, sourceLocation: sourceLocation)
    }

    @Test func matchingByAnotherSpellingKeepsTheOfficialName() throws {
        _ = try importMunicipalities(
            """
            code;naam;aangesloten_sinds
            GM0518;Den Haag;2020-01-15
            GM1900;SUDWEST-FRYSLAN;2021-06-05
            ;AMSTERDAM;2019-03-12
            ;den bosch;2022-01-01
            ;Hengelo;2022-02-02
            """)
        #expect(try name("GM0518") == "'s-Gravenhage")
        #expect(try name("GM1900") == "Súdwest-Fryslân")
        #expect(try name("GM0363") == "Amsterdam")
        #expect(try name("GM0796") == "'s-Hertogenbosch")
        #expect(try name("GM0164") == "Hengelo (O.)")
        // A later file with the official names still matches.
        _ = try importMunicipalities("naam;adviseur\n's-Gravenhage;Adviseur Zuidwest\nSúdwest-Fryslân;Adviseur Noord\n")
        #expect(
            try store.read { try $0.municipalities() }.first { $0.code.rawValue == "GM0518" }?.joinedOn
                == Day(year: 2020, month: 1, day: 15))
    }

    @Test func aNameThatBelongsToAnotherCodeIsAMistakeNotARename() throws {
        let found = try issues("code;naam\nGM0363;Rotterdam\n")
        #expect(
            found.first?.contains("gemeenten.csv:2:2: naam \"Rotterdam\" hoort bij Rotterdam (GM0599), niet bij Amsterdam (GM0363)") == true
        )
        #expect(try name("GM0363") == "Amsterdam")
    }

    @Test func onlyTheExplicitColumnRenamesAndNeverOntoAnotherName() throws {
        let summary = try importMunicipalities("code;nieuwe_naam\nGM0363;Amsterdam-Weesp\n")
        #expect(try name("GM0363") == "Amsterdam-Weesp")
        #expect(summary.notes.contains("1 gemeente(n) hernoemd via nieuwe_naam"))
        let clash = try issues("code;nieuwe_naam\nGM0599;UTRECHT\n")
        #expect(
            clash == ["gemeenten.csv:2:2: de naam \"UTRECHT\" is al van Utrecht (GM0344); verwacht een naam die geen andere gemeente heeft"]
        )
        #expect(try name("GM0599") == "Rotterdam")
    }

    @Test func aMergedMunicipalityGetsAPreciseMessage() throws {
        let resolver = MunicipalityResolver(try store.read { try $0.municipalities() })
        func message(_ text: String) -> String? {
            if case .failure(let problem) = resolver.resolve(text) { return problem.message }
            return nil
        }
        #expect(
            message("Haren")
                == "gemeente Haren (GM0017) bestaat sinds 1 januari 2019 niet meer: opgegaan in Groningen (GM0014); gebruik die gemeente")
        #expect(
            message("GM0457")
                == "gemeente Weesp (GM0457) bestaat sinds 24 maart 2022 niet meer: opgegaan in Amsterdam (GM0363); gebruik die gemeente")
        #expect(
            message("heerhugowaard")
                == "gemeente Heerhugowaard (GM0398) bestaat sinds 1 januari 2022 niet meer: opgegaan in Dijk en Waard (GM1980); gebruik die gemeente"
        )
        #expect(
            message("Haaren")?.contains("verdeeld over Boxtel (GM0757), Oisterwijk (GM0824), Tilburg (GM0855) en Vught (GM0865)") == true)
    }

    @Test func suggestionsPreferWordsOverEditDistance() throws {
        let resolver = MunicipalityResolver(try store.read { try $0.municipalities() })
        func message(_ text: String) -> String {
            if case .failure(let problem) = resolver.resolve(text) { return problem.message }
            return "gevonden"
        }
        #expect(message("Nuenen").hasSuffix("bedoelde u \"Nuenen, Gerwen en Nederwetten\"?"))
        #expect(message("Amsterdm").hasSuffix("bedoelde u \"Amsterdam\"?"))
        #expect(message("Zilverstad") == "onbekende gemeente \"Zilverstad\"")
        // A name of 100,000 characters is refused at once, shortened in the message, without a suggestion.
        let long = message(String(repeating: "a", count: 100_000))
        #expect(long.hasPrefix("onbekende gemeente \"aaaa"))
        #expect(long.hasSuffix("(100.000 tekens)"))
        #expect(long.count < 120)
    }

    @Test func populationIsKeptPerYearAndSetsThatYearsSizeClass() throws {
        // Amsterdam shrinks on paper below 250,000 in 2025: its 2025 size class changes, 2024 does not.
        _ = try importMunicipalities("code;inwoners;inwoners_jaar\nGM0363;240.000;2025\n")
        let table = try store.read { try $0.populations() }
        let amsterdam = try #require(try store.read { try $0.municipalities() }.first { $0.code.rawValue == "GM0363" })
        let in2024 = table.applying(to: [amsterdam], for: 2024)
        let in2025 = table.applying(to: [amsterdam], for: 2025)
        #expect(in2024.municipalities[0].sizeClass == .atLeast250k)
        #expect(in2024.years == [2024])
        #expect(in2025.municipalities[0].sizeClass == .from150kTo250k)
        #expect(in2025.years == [2025])
        // A year without its own count uses the nearest earlier one.
        #expect(table.population(of: amsterdam.code, for: 2027)?.year == 2025)
        let missingYear = try issues("code;inwoners\nGM0363;240.000\n")
        #expect(missingYear.first?.contains("kolom \"inwoners\" zonder \"inwoners_jaar\"") == true)
    }
}
