import ETEAnalysis
import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Issue "outputs as their readers see them", item 6: a suggestion may carry a link and the years
/// it holds for (an offer of support that ends is not given after it), and the factsheet names the
/// municipality's contact at the programme when the store knows it.
@Suite("Suggestions with a link and a period")
struct SuggestionLinkTests {
    static let questionnaires: [Questionnaire] = (try? SharedDemo.store.read { try $0.questionnaires() }) ?? []

    @Test func linkAndYearsAreReadAndChecked() throws {
        let rules = try SuggestionFile.parse(
            """
            suggesties:
              - pijler: 1
                tekst: Zorg voor budget.
                als: [{vraag: p1_structureel_budget, antwoord: [nee]}]
                link: https://www.eentegeneenzaamheid.nl
                geldig_tot: 2025
            """, fileName: "suggesties.yaml", questionnaires: Self.questionnaires)
        #expect(rules.first?.link == "https://www.eentegeneenzaamheid.nl")
        #expect(rules.first?.years.contains(2025) == true && rules.first?.years.contains(2026) == false)
        for (line, expected) in [
            ("    link: www.zonder-https.nl", "is geen webadres; verwacht een adres dat met https:// begint"),
            ("    geldig_van: 2026\n    geldig_tot: 2025", "geldig_van (2026) ligt na geldig_tot (2025)"),
        ] {
            #expect(throws: (any Error).self) {
                try SuggestionFile.parse(
                    "suggesties:\n  - pijler: 1\n    tekst: Zorg voor budget.\n    als: [{vraag: p1_structureel_budget, antwoord: [nee]}]\n\(line)\n",
                    fileName: "suggesties.yaml", questionnaires: Self.questionnaires)
            }
            do {
                _ = try SuggestionFile.parse(
                    "suggesties:\n  - pijler: 1\n    tekst: Zorg voor budget.\n    als: [{vraag: p1_structureel_budget, antwoord: [nee]}]\n\(line)\n",
                    fileName: "suggesties.yaml", questionnaires: Self.questionnaires)
            } catch { #expect("\(error)".contains(expected), "\(error)") }
        }
    }

    /// The demo's adviser offer holds until 2025: in 2024 a municipality without a coalition gets it
    /// with its link; the factsheet names the municipality's contact.
    @Test func theFactsheetShowsTheLinkAndTheContact() throws {
        let withoutCoalition = try #require(
            DemoFactsheets.overview.municipalities.first { municipality in
                DemoFactsheets.overview.response(of: municipality.code, in: 2024)?.answers["p2_lokale_coalitie"] == "nee"
                    && municipality.adviser != nil
            })
        let html = try DemoFactsheets.html(withoutCoalition)
        #expect(html.contains("een Eén tegen eenzaamheid-adviseur helpt bij de start"))
        #expect(html.contains("<a href=\"https://www.eentegeneenzaamheid.nl\">Meer hierover</a>"))
        #expect(!html.contains("en begin bij wie al met eenzaamheid bezig is"))
        #expect(html.contains("Uw contact bij Eén tegen eenzaamheid: \(withoutCoalition.adviser!)"))
        // In 2026 the rule offering an adviser no longer holds.
        let rules = try SuggestionFile.load(templates: RepositoryPaths.templates, questionnaires: Self.questionnaires)
        let offer = try #require(rules.first { $0.text.contains("adviseur helpt bij de start") })
        #expect(!offer.years.contains(2026))
        #expect(rules.contains { $0.text.contains("en begin bij wie al met eenzaamheid bezig is") && $0.years.contains(2026) })
    }
}
