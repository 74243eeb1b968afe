import ETEAnalysis
import ETEModel

/// Part III of the survey: the organisations' policy, the signals they get and the barriers they meet.
extension LocalFactsheetBuilder {
    func policy() -> FactsheetContent.Section {
        var sentences: [String] = []
        if let policy = share("beleid", ["ja"]) {
            let words = phraseWithFigure(policy, .fractions, of: "deelnemers")
            sentences.append(
                "\(words.capitalised) \(words.verb("zegt", "zeggen")) dat de eigen organisatie beleid heeft om eenzaamheid tegen te gaan.")
        }
        if let contents = mostChosen("inhoud_beleid", count: 4, withFigures: false) {
            sentences.append("Dat beleid gaat het vaakst over \(contents).")
        }
        if let reasons = mostChosen("reden_geen_beleid", count: 2, withFigures: false) {
            sentences.append("Waar geen beleid is, noemen de deelnemers als belangrijkste reden vooral \(reasons).")
        }
        if let agreements = share("protocol", ["ja"]) {
            sentences.append(
                "Bij \(phrase(agreements, .percent, of: "deelnemers").text) heeft de eigen organisatie een protocol of vaste afspraken voor signalen van mogelijke eenzaamheid."
            )
        }
        return section("Beleid van de organisaties", sentences, bases: ["beleid", "reden_geen_beleid", "inhoud_beleid", "protocol"])
    }

    func signals() -> FactsheetContent.Section {
        var sentences: [String] = []
        let often: Set<String> = ["soms", "regelmatig"]
        if let organisations = share("signalen_organisatie", often) {
            let words = phrase(organisations, .fractions, of: "organisaties")
            sentences.append(
                "\(words.capitalised) \(words.verb("krijgt", "krijgen")) soms of regelmatig signalen van mogelijke eenzaamheid.")
        }
        if let personal = share("signalen_zelf", often) {
            let words = phrase(personal, .tenths, of: "professionals en vrijwilligers")
            sentences.append("\(words.capitalised) \(words.verb("krijgt", "krijgen")) in het eigen werk soms of regelmatig zulke signalen.")
        }
        let described = result.base("soort_signalen")
        if described > 0 {
            sentences.append(
                "\(DutchText.capitalisingFirst(DutchPhrase.count(described, "deelnemer beschrijft", "deelnemers beschrijven"))) welke signalen dat zijn; die antwoorden staan in de bijlage."
            )
        }
        return section("Signalen van eenzaamheid", sentences, bases: ["signalen_organisatie", "signalen_zelf", "soort_signalen"])
    }

    func barriers() -> FactsheetContent.Section {
        var sentences: [String] = []
        if let barriers = share("knelpunten", ["ja"]) {
            let words = phrase(barriers, .tenths, of: "professionals en vrijwilligers")
            sentences.append("\(words.capitalised) \(words.verb("ervaart", "ervaren")) knelpunten bij het bereiken van eenzamen.")
            if result.survey.respondents.contains(where: { $0["knelpunten"]?.remark?.isEmpty == false }) {
                sentences.append("Welke knelpunten zij noemen, staat in de bijlage.")
            }
        }
        return section("Knelpunten in het bereik van eenzamen", sentences, bases: ["knelpunten"])
    }

    /// A section of one paragraph with the n of its questions below it; empty when nothing could be said.
    func section(_ heading: String, _ sentences: [String], bases: [String]) -> FactsheetContent.Section {
        guard !sentences.isEmpty else { return .init(heading: heading, blocks: []) }
        return .init(heading: heading, blocks: [.paragraph(sentences.joined(separator: " "))] + [baseNote(bases)].compactMap { $0 })
    }
}
