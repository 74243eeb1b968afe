import ETEAnalysis
import ETEModel

/// Everything a municipality's local factsheet (Stappenplan) is made from, as values: the
/// organisations' answers, the staff text, the residents' loneliness survey and the RIVM estimate.
public struct LocalFactsheetInput: Sendable {
    public let municipality: Municipality
    public let survey: LocalSurveyResult
    /// What staff wrote: meeting day, introduction, summary; nil when none was imported.
    public let text: LocalSurveyText?
    /// The municipality's own residents' survey of the year, when imported.
    public let residents: LonelinessSurveyResult?
    public let prevalence: LocalPrevalence
    /// True when the store holds the fictitious demo data.
    public let isDemo: Bool
    public let madeOn: Day

    public init(
        municipality: Municipality, survey: LocalSurveyResult, text: LocalSurveyText?, residents: LonelinessSurveyResult?,
        prevalence: LocalPrevalence, isDemo: Bool, madeOn: Day
    ) {
        self.municipality = municipality
        self.survey = survey
        self.text = text
        self.residents = residents
        self.prevalence = prevalence
        self.isDemo = isDemo
        self.madeOn = madeOn
    }

    public var year: Int { survey.survey.year }
    /// Demo data or an invented staff text: the factsheet then says it is fictitious.
    public var isFictitious: Bool { isDemo || text?.fictitious == true }
}
