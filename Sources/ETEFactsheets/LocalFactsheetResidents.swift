import ETEAnalysis
import ETEModel

/// "Eenzaamheid onder inwoners": the municipality's own survey with the De Jong Gierveld scale
/// beside the RIVM estimate for the municipality.
extension LocalFactsheetBuilder {
    func residents() -> FactsheetContent.Section {
        let heading = "Eenzaamheid onder inwoners"
        let rivmYear = input.prevalence.latestYear
        let rivm = rivmYear.flatMap { input.prevalence.figures(year: $0, ageGroup: .adults).own }
        guard let survey = input.residents else {
            var text = "Over \(input.year) is geen eigen inwonersenquête met de eenzaamheidsschaal van De Jong Gierveld ingelezen."
            if let rivm, let lonely = rivm.lonely, let rivmYear {
                text +=
                    " Volgens de schatting van het RIVM was in \(rivmYear) \(FactsheetBuilder.percent(lonely)) van de volwassenen in \(name) eenzaam."
            }
            return .init(heading: heading, blocks: [.paragraph(text)])
        }
        let rivmHeader = rivmYear.map { "RIVM-schatting \($0) (18+)" } ?? "RIVM-schatting"
        let rows: [(String, EstimatedShare, Double?)] = [
            ("eenzaam (3 of hoger)", survey.lonely, rivm?.lonely),
            ("ernstig eenzaam (9 of hoger)", survey.severelyLonely, rivm?.severelyLonely),
            ("emotioneel eenzaam", survey.emotionallyLonely, rivm?.emotionallyLonely),
            ("sociaal eenzaam", survey.sociallyLonely, rivm?.sociallyLonely),
        ]
        let table = FactsheetContent.Table(
            header: ["", "Eigen enquête \(survey.year)", "95%-interval", rivmHeader],
            rows: rows.map { label, own, national in
                [
                    label, FactsheetBuilder.percent(own.percentage),
                    "\(FactsheetBuilder.percent(own.lower)) – \(FactsheetBuilder.percent(own.upper))", FactsheetBuilder.percent(national),
                ]
            }, numeric: [1, 2, 3])
        var intro =
            "In de eigen inwonersenquête van \(survey.year) vulden \(DutchPhrase.count(survey.respondents, "inwoner", "inwoners")) de eenzaamheidsschaal van De Jong Gierveld in"
        if survey.scored < survey.respondents {
            intro += "; \(survey.scored) van hen beantwoordden genoeg uitspraken voor een score"
        }
        let missing =
            survey.rules.maximumMissingItems == 0
            ? "alleen wie alle uitspraken beantwoordde krijgt een score"
            : "een score bij ten hoogste \(survey.rules.maximumMissingItems) onbeantwoorde uitspraken"
        return .init(
            heading: heading,
            blocks: [
                .paragraph(
                    intro + ". Naast de uitkomst staat de schatting van het RIVM voor \(name)."
                ),
                .table(table),
                .note(
                    "Gewogen percentages met een 95%-betrouwbaarheidsinterval (Wilson, op de effectieve steekproefomvang van \(DutchNumber.format((survey.effectiveSampleSize * 10).rounded() / 10))). Score 0–11; een neutraal antwoord telt als eenzaam; emotioneel en sociaal eenzaam bij \(survey.rules.subscaleCutOff) of meer op de subschaal; \(missing). De RIVM-cijfers zijn modelschattingen uit de Gezondheidsmonitor en dus niet precies vergelijkbaar met een eigen steekproef."
                ),
            ])
    }
}
