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
        if let aspects = mostChosen("aspecten_samenwerking") { sentences.append("Die samenwerking ging vooral over \(aspects).") }
        if let satisfied = share("tevredenheid", ["zeer_tevreden", "tevreden"]) {
            let words = phraseWithFigure(satisfied, .fractions)
            sentences.append("Van wie samenwerkte, \(words.verb("is", "zijn")) \(words.text) (zeer) tevreden over die samenwerking.")
        }
        if let yes = share("behoefte_samenwerking", ["ja"]), let maybe = share("behoefte_samenwerking", ["misschien"]) {
            sentences.append(
                "Aan (meer) samenwerking in de aanpak van eenzaamheid heeft \(DutchPhrase.percent(percentage(yes))) zeker behoefte en \(DutchPhrase.percent(percentage(maybe))) misschien."
            )
        }
        if let direction = mostChosen("richting_samenwerking") {
            sentences.append("Die samenwerking zou zich vooral moeten richten op \(direction).")
        }
        if let conditions = mostChosen("nodig_samenwerking") {
            sentences.append("Voor meer of betere samenwerking is volgens de deelnemers vooral nodig: \(conditions).")
        }
        return section(
            "Samenwerking op het gebied van eenzaamheid", sentences,
            bases: [
                "samengewerkt", "aspecten_samenwerking", "tevredenheid", "behoefte_samenwerking", "richting_samenwerking",
                "nodig_samenwerking",
            ])
    }

    func needs() -> FactsheetContent.Section {
        var sentences: [String] = []
        if let needs = mostChosen("nodig_organisatie") {
            sentences.append("Om meer tegen eenzaamheid te kunnen doen, noemen de organisaties het vaakst \(needs).")
        }
        return section("Wat is nodig in \(name)?", sentences, bases: ["nodig_organisatie"])
    }
}
