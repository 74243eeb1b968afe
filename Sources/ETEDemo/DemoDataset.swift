import ETEModel
import ETEStore
import Foundation

/// Loads the built-in demo dataset: fictitious per-municipality data whose totals reproduce
/// the figures of the progress letter over 2024. Deterministic: the same seed gives the same data.
public enum DemoDataset {
    public static let defaultSeed: UInt64 = 20_240_101

    /// Writes the demo data into an (empty) store in one transaction. The questionnaires
    /// for 2023 and 2024 are read from `templatesDirectory`/benchmark/.
    public static func load(into store: Store, templatesDirectory: URL, seed: UInt64 = defaultSeed) throws {
        let questionnaires = try [2023, 2024].map {
            try QuestionnaireFile.load(templatesDirectory.appendingPathComponent("benchmark/\($0).yaml"))
        }
        // The demo letters' own texts (fictitious) live beside the letter templates.
        let letterTexts = try [2023, 2024].map {
            try LetterTextFolder.read(templatesDirectory.appendingPathComponent("kamerbrief/demo/\($0)"), year: $0)
        }
        let localText = try LocalSurveyTextFile.read(
            templatesDirectory.appendingPathComponent(
                "stappenplan/demo/\(DemoStappenplan.municipality.rawValue)-\(DemoStappenplan.year).yaml"),
            municipality: DemoStappenplan.municipality, year: DemoStappenplan.year)
        var random = SeededGenerator(seed: seed)
        try store.write { tx in
            try tx.setDatasetInfo(DatasetKeys.demo, "1")
            try tx.setDatasetInfo(DatasetKeys.demoSeed, String(seed))
            let plan = DemoMunicipalityPlan(try tx.reader.municipalities(), random: &random)
            for municipality in plan.municipalities { try tx.upsert(municipality) }
            let byCode = Dictionary(uniqueKeysWithValues: plan.municipalities.map { ($0.code, $0) })

            for questionnaire in questionnaires { try tx.replaceQuestionnaire(questionnaire) }
            let responses2023 = DemoBenchmark.responses(
                year: 2023, questionnaire: questionnaires[0], respondents: plan.respondents2023,
                coalition: { byCode[$0]!.hasLocalCoalition(atEndOf: 2023) }, exact: DemoTargets.positives2023, random: &random)
            let responses2024 = DemoBenchmark.responses(
                year: 2024, questionnaire: questionnaires[1], respondents: plan.respondents2024,
                coalition: plan.coalitionRespondents2024.contains, exact: DemoTargets.positives2024, random: &random)
            for response in responses2023 + responses2024 { try tx.insert(response) }

            for partner in DemoPartners.partners(random: &random) { try tx.upsert(partner) }
            for edition in DemoWeek.editions { try tx.upsert(edition) }
            for year in [2023, 2024] {
                for registration in DemoWeek.registrations(year: year, municipalities: plan.municipalities, random: &random) {
                    try tx.insert(registration)
                }
            }
            for campaign in DemoCampaigns.campaigns { try tx.upsert(campaign) }
            for measurement in DemoCampaigns.measurements { try tx.upsert(measurement) }
            let (coverage, reports) = DemoSignalling.data(municipalities: plan.municipalities, random: &random)
            for item in coverage { try tx.upsert(item) }
            for item in reports { try tx.upsert(item) }
            for figure in DemoFigures.figures { try tx.upsert(figure) }
            for (action, statuses) in DemoActions.actions() {
                try tx.upsert(action)
                for status in statuses { try tx.upsert(status) }
            }
            for text in letterTexts { try tx.replaceLetterText(text) }
            // One municipality's own surveys (Stappenplan and residents), drawn with a seed of their own
            // so adding them left the benchmark and the rest of the demo as it was.
            var surveyRandom = SeededGenerator(seed: seed &+ 13)
            try tx.replace(DemoStappenplan.survey(random: &surveyRandom))
            try tx.replace(localText)
            for response in DemoLonelinessSurvey.responses(
                municipality: DemoStappenplan.municipality, year: DemoStappenplan.year, random: &surveyRandom)
            {
                try tx.insert(response)
            }
        }
    }
}
