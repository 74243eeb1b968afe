import ETEAnalysis
import ETEModel

/// Part IV of the survey: cooperation so far, the wish for more, and what organisations need.
extension LocalFactsheetBuilder {
    func cooperation() -> FactsheetContent.Section {
        var sentences: [String] = []
        if let cooperated = share("samengewerkt", ["ja"]) {
            sentences.append(
                "In het afgelopen jaar werkte \(phrase(cooperated, .percent, of: "deelnemers").text) op het gebied van eenzaamheid samen met één of meer andere organisaties of instellingen."
            )
        }

        if let satisfied = share("tevredenheid", ["zeer_tevreden", "tevreden"]) {
            let words = phraseWithFigure(satisfied, .fractions)
            sentences.append("Van wie samenwerkte, \(words.verb("is", "zijn")) \(words.text) (zeer) tevreden over die samenwerking.")
        }
        if let yes = share("behoefte_samenwerking", ["ja"]), let maybe = share("behoefte_samenwerking", ["misschien"]) {
            sentences.append(
                "Aan (meer) samenwerking in de aanpak van eenzaamheid heeft \(DutchPhrase.percent(percentage(yes))) zeker behoefte en \(DutchPhrase.percent(percentage(maybe))) misschien."
            )
        }
        var written = section(
            "Samenwerking op het gebied van eenzaamheid", sentences,
            bases: [
                "samengewerkt", "aspecten_samenwerking", "tevredenheid", "behoefte_samenwerking", "richting_samenwerking",
                "nodig_samenwerking",
            ])
        // The most chosen answers of the three choice questions as one table, not a paragraph of percentages.
        let topics = [
            ("aspecten_samenwerking", "Samenwerking ging over"), ("richting_samenwerking", "Samenwerking zou zich moeten richten op"),
            ("nodig_samenwerking", "Nodig voor meer of betere samenwerking"),
        ]
        let rows = topics.flatMap { id, topic in
            mostChosenShares(id).enumerated().map { index, item in
                [index == 0 ? topic : "", item.text, item.percentage.map(DutchPhrase.percent) ?? StatisticalSymbol.secret.symbol]
            }
        }
        if !rows.isEmpty {
            written.blocks.insert(
                .table(.init(header: ["Vraag", "Meest gekozen", "% van de deelnemers"], rows: rows, numeric: [2])),
                at: min(1, written.blocks.count))
        }
        return written
    }

    func needs() -> FactsheetContent.Section {
        var sentences: [String] = []
        if let needs = mostChosen("nodig_organisatie") {
            sentences.append("Om meer tegen eenzaamheid te kunnen doen, noemen de organisaties het vaakst \(needs).")
        }
        return section("Wat is nodig in \(name)?", sentences, bases: ["nodig_organisatie"])
    }
}
