/// One resident's answers to the 11 items of the De Jong Gierveld scale in a municipality's own
/// survey, with the survey's weight for that resident (1 when the survey has none).
public struct LonelinessSurveyResponse: Sendable, Hashable {
    public let municipality: MunicipalityCode
    public let year: Int
    /// The survey tool's id of the respondent, or the line number when it gives none.
    public let respondent: String
    /// Answer per item number (1…11); an unanswered item is absent.
    public let answers: [Int: LonelinessScale.Answer]
    public let weight: Double

    public init(municipality: MunicipalityCode, year: Int, respondent: String, answers: [Int: LonelinessScale.Answer], weight: Double = 1) {
        self.municipality = municipality
        self.year = year
        self.respondent = respondent
        self.answers = answers
        self.weight = weight
    }
}
