/// One municipality's Stappenplan survey of a year: who was invited and what each respondent answered.
public struct LocalSurvey: Sendable, Hashable {
    public struct Answer: Sendable, Hashable {
        /// Option codes (several for a multiple-choice question) or, for an open question, the text.
        public let values: [String]
        /// The respondent's own text with "Anders, namelijk" or "Ja, namelijk".
        public let remark: String?

        public init(values: [String], remark: String? = nil) {
            self.values = values
            self.remark = remark
        }
    }

    /// Between the codes of several chosen options in the store: a character no one types, so an open answer stays whole.
    public static let storedSeparator = "\u{1F}"

    public let municipality: MunicipalityCode
    public let year: Int
    /// How many were invited (for the response rate), when known.
    public let invited: Int?
    /// The questionnaire file the answers follow (the standard one or the municipality's own).
    public let questionnaire: String
    /// Per respondent (in file order), the answers by question id; unanswered questions are absent.
    public let respondents: [[String: Answer]]

    public init(municipality: MunicipalityCode, year: Int, invited: Int?, questionnaire: String, respondents: [[String: Answer]]) {
        self.municipality = municipality
        self.year = year
        self.invited = invited
        self.questionnaire = questionnaire
        self.respondents = respondents
    }
}
