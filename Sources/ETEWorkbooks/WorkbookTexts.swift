import ETEAnalysis
import ETEModel
import ETEOutput
import Foundation

/// Dutch texts shared by the national and the municipality workbooks.
enum WorkbookTexts {
    /// The legend of the symbols, under every table that may show one.
    static let suppressionNote = StatisticalSymbol.legend() + " De onthullingsregel staat in de Toelichting."

    /// The disclosure rule in plain Dutch, from the rule's own numbers.
    static let disclosureRule =
        "Een cijfer van een groep gemeenten staat er alleen als er minstens \(DisclosureRule.minimumAnswers) antwoorden achter zitten (\(DisclosureRule.minimumOthers) naast dat van de eigen gemeente) en als aan beide kanten minstens \(DisclosureRule.minimumPerSide) gemeenten staan: minstens \(DisclosureRule.minimumPerSide) die positief antwoordden en \(DisclosureRule.minimumPerSide) die dat niet deden. Zo toont een kleine groep nooit 0% of 100%, en kan geen gemeente na aftrek van haar eigen antwoord dat van een andere afleiden. Alleen een groep met \(DisclosureRule.allOrNothingFrom) antwoorden of meer mag 0% of 100% tonen: dan is dat een landelijke bevinding. Verbergt een indeling (grootteklassen, provincies) het cijfer van één groep, dan wordt ook dat van een tweede groep verborgen, zodat het niet uit het landelijke cijfer terug te rekenen is. Een pijlerscore staat er alleen als de cijfers van alle vragen erachter er staan. Daarna worden alle tabellen samen gecontroleerd: volgt uit landelijk, grootteklassen en provincies samen toch het antwoord van een gemeente, dan wordt nog een groep verborgen. Gemiddelden zijn afgerond op hele getallen. Elke werkmap van het jaar volgt dezelfde beslissingen. Is het jaar al gepubliceerd, dan blijft in een gecorrigeerde uitgave verborgen wat toen verborgen was, en ook het cijfer van een groep die sindsdien van samenstelling veranderde."

    static let pillarScoreNote =
        "Pijlerscore: aandeel positieve antwoorden over de scorende vragen van de pijler samen. Voor de gemeente zelf is dat het aandeel van haar eigen antwoorden dat als positief telt."

    /// After a pillar heading whose questions changed since the previous benchmark year.
    static func questionsChangedNote(_ overview: BenchmarkOverview) -> String {
        " — vragen gewijzigd sinds \(overview.previousYear.map(String.init) ?? "vorig jaar"): score niet vergelijkbaar"
    }

    /// A year before a merged municipality existed (its Trend column).
    static let notYetExisting = "bestond nog niet"

    static func notAnswered(_ name: String, year: Int) -> String {
        "\(name) heeft de benchmark \(year) niet ingevuld. Deze werkmap toont daarom alleen de landelijke cijfers en die van vergelijkbare gemeenten."
    }

    static func definitions(_ overview: BenchmarkOverview) -> [(String, String)] {
        [
            (
                "% positief",
                "Aandeel van de gemeenten die de vraag beantwoordden met een antwoord dat volgens de vragenlijst als positief telt (bij 'grote uitdaging': het aandeel dat het een (zeer) grote uitdaging noemt). Hele procenten, half naar boven afgerond."
            ),
            (
                "n",
                "Aantal gemeenten dat de vraag beantwoordde. Vervolgvragen (zoals partijen in de coalitie) worden alleen gesteld aan gemeenten waarvoor ze gelden."
            ),
            ("Verandering", "Verschil met het vorige benchmarkjaar in procentpunten; alleen bij vragen die beide jaren gesteld zijn."),
            ("Pijlerscore", "Aandeel positieve antwoorden over de scorende vragen van een pijler samen."),
            (
                "Grootteklasse",
                "CBS-gemeentegrootteklasse op basis van het inwonertal op \(populationDates(overview)) (ondergrens hoort bij de klasse)."
            ),
            ("Onthullingsregel", disclosureRule),
            (StatisticalSymbol.secret.symbol, StatisticalSymbol.secret.meaning),
            (StatisticalSymbol.missing.symbol, StatisticalSymbol.missing.meaning),
        ]
    }

    /// "31 december 2024", or "31 december 2023 en 2024" when counts of several years were used.
    static func populationDates(_ overview: BenchmarkOverview) -> String {
        let years = overview.populationYears.sorted().map(String.init)
        return "31 december " + (years.isEmpty ? String(overview.year) : DutchPhrase.list(years))
    }

    static func sources(_ overview: BenchmarkOverview) -> [(String, String)] {
        [
            (
                "Benchmark",
                "\(overview.questionnaire.title); vragenlijst ingelezen uit \(overview.questionnaire.source ?? "een vragenlijst zonder bekende bestandsnaam")."
            ),
            (
                "Gemeenten",
                "Gemeentelijst en provincies: CBS, Gemeenten alfabetisch 2024; inwonertallen op \(populationDates(overview)): CBS StatLine 37230NED (CC BY 4.0)."
            ),
            ("Gemaakt met", Provenance.application),
        ]
    }

    /// An empty answer: "niet van toepassing" only for a follow-up whose condition did not hold;
    /// a question that applied and was left empty is "niet beantwoord".
    static func unanswered(_ question: Question, in response: BenchmarkResponse) -> String {
        question.applies(given: response.answers) ? "niet beantwoord" : "niet van toepassing"
    }

    /// How a municipality's own stored answer reads in the workbook.
    static func answer(_ canonical: String?, to question: Question) -> String {
        guard let canonical else { return "niet beantwoord" }
        switch question.type {
        case .yesNo: return canonical
        case .singleChoice: return question.options.first { $0.code == canonical }?.text ?? canonical
        case .likert:
            let label = Int(canonical).flatMap { question.options.indices.contains($0 - 1) ? question.options[$0 - 1].text : nil }
            return label.map { "\(canonical) – \($0)" } ?? canonical
        case .multipleChoice:
            let chosen = Set(canonical.split(separator: "|").map(String.init))
            return question.options.filter { chosen.contains($0.code) }.map(\.text).joined(separator: ", ")
        case .number: return DutchNumber.format(Double(canonical) ?? 0)
        }
    }
}
