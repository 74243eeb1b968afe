import ETEAnalysis
import ETEModel
import ETEOutput

/// Turns a `LocalFactsheetInput` into the sections of the Stappenplan's factsheet (Bijlage 2):
/// every figure counted from the answers on the base of those who answered, in words where the
/// sentence asks for it ("acht op de tien", "ongeveer driekwart", "ruim 20%"). A sentence whose
/// question is not in the municipality's questionnaire, or that nobody answered, is left out.
struct LocalFactsheetBuilder {
    let input: LocalFactsheetInput

    static let demoNotice =
        "FICTIEVE DEMOGEGEVENS — de enquêteantwoorden, de inwonersenquête en de teksten op deze factsheet zijn verzonnen; alleen de schattingen van het RIVM zijn echt. Niet gebruiken voor beleid."

    /// Options that carry no content of their own and so never lead a "most named" list.
    static let contentlessOptions: Set<String> = ["anders", "niets", "nvt", "niet_nodig", "weet_niet", "geen"]

    var result: LocalSurveyResult { input.survey }
    var name: String { input.municipality.name }

    func build() -> FactsheetContent {
        var sections = [introduction(), opinions(), policy(), signals(), barriers(), cooperation(), needs(), residents()]
        if let summary = input.text?.summary, !summary.isEmpty {
            sections.append(.init(heading: "Samenvattend", blocks: summary.map { .paragraph($0) }))
        }
        sections.append(appendix())
        return FactsheetContent(
            title: "Samen tegen eenzaamheid in \(name)",
            subtitle:
                "Factsheet bij de enquête onder lokale organisaties \(input.year) · \(input.municipality.code.rawValue) · \(DutchNumber.thousands(input.municipality.population)) inwoners",
            notice: input.isFictitious ? Self.demoNotice : nil, sections: sections.filter { !$0.blocks.isEmpty }, footer: footer())
    }

    // MARK: Aanleiding

    private func introduction() -> FactsheetContent.Section {
        var blocks: [FactsheetContent.Block] = (input.text?.introduction ?? []).map { .paragraph($0) }
        var sentence =
            "In \(input.year) vulden \(DutchPhrase.count(result.respondents, "professional of vrijwilliger", "professionals en vrijwilligers")) van lokale organisaties de vragenlijst van het Stappenplan Samen tegen Eenzaamheid in"
        if let rate = result.responseRate, let invited = result.survey.invited {
            sentence += "; dat is een respons van \(DutchPhrase.percent(rate)) op \(DutchNumber.thousands(invited)) uitnodigingen"
        }
        blocks.append(.paragraph(sentence + "."))
        if let kinds = result.questionnaire.question("categorie") {
            let present = kinds.options.filter { $0.code != "anders" && !result.members(kinds.id, answering: $0.code).isEmpty }
            if present.count > 1 {
                blocks.append(.paragraph("Zij werken onder meer bij: \(DutchPhrase.list(present.map(\.inSentence)))."))
            }
        }
        if let meeting = input.text?.meetingDate {
            blocks.append(
                .paragraph("De uitkomsten worden besproken op de lokale bijeenkomst van \(DutchPhrase.dateWithWeekday(meeting))."))
        }
        return .init(heading: "Aanleiding", blocks: blocks)
    }

    // MARK: Appendix

    private func appendix() -> FactsheetContent.Section {
        let open = LocalSurveyOpenAnswers(result)
        guard !open.groups.isEmpty else { return .init(heading: "Bijlage: antwoorden op de open vragen", blocks: []) }
        var blocks: [FactsheetContent.Block] = [
            .note(
                "De antwoorden staan per vraag op alfabet, zonder de naam van de organisatie erbij, zodat ze niet aan één deelnemer te koppelen zijn. Noemt iemand de eigen organisatie, dan staat er \(LocalSurveyOpenAnswers.nameMask)."
            )
        ]
        blocks += open.groups.map { .list(heading: $0.heading, items: $0.answers.map { .init(text: $0) }) }
        return .init(heading: "Bijlage: antwoorden op de open vragen", blocks: blocks)
    }

    // MARK: Footer

    private func footer() -> [String] {
        [
            "Percentages zijn van de deelnemers die de vraag beantwoordden (vragen die iemand volgens de routering oversloeg tellen niet mee), afgerond op hele procenten; het aantal antwoorden (n) staat onder elk onderdeel.",
            "\(StatisticalSymbol.legend([.secret])) Een cijfer staat er alleen met minstens \(DisclosureRule.minimumAnswers) antwoorden en minstens \(DisclosureRule.minimumPerSide) aan elke kant (dezelfde regel als de benchmark), zodat geen deelnemer de antwoorden van anderen kan afleiden; een zin met zo'n cijfer is weggelaten.",
            "Bronnen: enquête Samen tegen Eenzaamheid onder lokale organisaties in \(name), \(input.year)\(input.isFictitious ? " (fictieve demogegevens)" : ""); vragenlijst naar \(result.questionnaire.source); eenzaamheid onder inwoners: \((input.prevalence.sources + (input.residents != nil ? ["eigen inwonersenquête"] : [])).joined(separator: "; ")).",
            "Gemaakt op \(input.madeOn.dutchLong) met \(Provenance.application).",
        ]
    }

    // MARK: Shared phrasing

    /// The share of those who answered `questionID` with one of `codes`; nil when not asked or not answered.
    /// The share when it may be shown; a sentence whose figure the rule withholds is left out (the footer says so).
    func share(_ questionID: String, _ codes: Set<String>) -> LocalSurveyResult.Share? {
        guard let share = result.share(questionID, answering: codes), share.percentage != nil else { return nil }
        return share
    }

    func percentage(_ share: LocalSurveyResult.Share) -> Double { share.percentage ?? 0 }

    func phrase(_ share: LocalSurveyResult.Share, _ style: ProportionStyle, of group: String? = nil) -> ProportionPhrase {
        DutchPhrase.proportion(percentage(share), style, of: group)
    }

    /// "ongeveer een kwart van de deelnemers (26%)"; the figure is not repeated when the words are it.
    func phraseWithFigure(_ share: LocalSurveyResult.Share, _ style: ProportionStyle, of group: String? = nil) -> ProportionPhrase {
        let words = phrase(share, style, of: group)
        guard !words.text.contains("%") else { return words }
        return ProportionPhrase(text: words.text + " (\(DutchPhrase.percent(percentage(share))))", takesPluralVerb: words.takesPluralVerb)
    }

    /// The most chosen options of a multiple-choice question, as "a (52%), b (48%) en c (33%)";
    /// nil when the question was not asked or nobody chose a substantive option.
    func mostChosen(_ questionID: String, count: Int = 3, withFigures: Bool = true) -> String? {
        let chosen = mostChosenShares(questionID, count: count)
        guard !chosen.isEmpty else { return nil }
        return DutchPhrase.list(
            chosen.map { item in
                item.text + (withFigures ? " (\(item.percentage.map(DutchPhrase.percent) ?? StatisticalSymbol.secret.symbol))" : "")
            })
    }

    /// The options chosen most, as they read in a sentence, with their share (nil when withheld).
    func mostChosenShares(_ questionID: String, count: Int = 3) -> [(text: String, percentage: Double?)] {
        result.optionShares(questionID).filter { !Self.contentlessOptions.contains($0.option.code) && $0.share.count > 0 }
            .prefix(count).map { ($0.option.inSentence, $0.share.percentage) }
    }

    /// "n: vraag 5: 54, vraag 8: 54": how many answered each question a section's figures rest on.
    func baseNote(_ questionIDs: [String]) -> FactsheetContent.Block? {
        let parts = questionIDs.compactMap { id -> String? in
            guard let question = result.questionnaire.question(id) else { return nil }
            return "vraag \(question.number): \(result.base(id))"
        }
        return parts.isEmpty ? nil : .note("Aantal antwoorden (n): " + parts.joined(separator: "; ") + ".")
    }
}
