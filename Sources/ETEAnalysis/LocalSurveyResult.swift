import ETEModel
import Foundation

/// Counts of a Stappenplan survey, always on the right base: a percentage is of those who
/// answered the question (routed-past and skipped questions do not count), and a multiple-choice
/// option is counted once per respondent who chose it.
public struct LocalSurveyResult: Sendable {
    /// `count` of `base` respondents; `percentage` is nil when nobody answered.
    public struct Share: Sendable, Equatable {
        public let count: Int
        public let base: Int

        public init(count: Int, base: Int) {
            self.count = count
            self.base = base
        }

        /// Nil when nobody answered, and when the benchmark's disclosure rule withholds it (fewer than
        /// 6 answers, or fewer than 2 on either side): the organisations that answered are as few as
        /// municipalities in a group, and one that subtracts its own answer must learn nothing.
        public var percentage: Double? { isWithheld ? nil : 100 * Double(count) / Double(base) }

        public var isWithheld: Bool { base == 0 || !DisclosureRule.allowsShare(positive: count, answered: base) }
    }

    /// The answers of the shared agreement scale, grouped as reports speak of them.
    public enum StatementAnswers {
        /// "(zeer) eens".
        public static let agree: Set<String> = ["helemaal_eens", "eens"]
        /// "geen mening": neither agree nor disagree, or don't know.
        public static let noOpinion: Set<String> = ["neutraal", "weet_niet"]
        /// "(zeer) oneens".
        public static let disagree: Set<String> = ["oneens", "helemaal_oneens"]
    }

    public let survey: LocalSurvey
    public let questionnaire: LocalSurveyQuestionnaire

    public init(survey: LocalSurvey, questionnaire: LocalSurveyQuestionnaire) {
        self.survey = survey
        self.questionnaire = questionnaire
    }

    public var respondents: Int { survey.respondents.count }

    /// Respondents as a percentage of those invited, when the number invited is known.
    public var responseRate: Double? {
        guard let invited = survey.invited, invited > 0 else { return nil }
        return 100 * Double(respondents) / Double(invited)
    }

    /// How many answered the question.
    public func base(_ questionID: String) -> Int { answers(questionID).count }

    /// The share of those who answered the question that gave one of `codes`; nil when the
    /// questionnaire has no such question.
    public func share(_ questionID: String, answering codes: Set<String>, among members: [Int]? = nil) -> Share? {
        guard questionnaire.question(questionID) != nil else { return nil }
        let given = answers(questionID, among: members)
        return Share(count: given.filter { !codes.isDisjoint(with: $0.values) }.count, base: given.count)
    }

    /// Every option of a choice question with its share, most chosen first (ties in the form's order).
    public func optionShares(_ questionID: String) -> [(option: LocalSurveyQuestionnaire.Option, share: Share)] {
        guard let question = questionnaire.question(questionID) else { return [] }
        let given = answers(questionID)
        let counted = question.options.map { option in
            (option: option, share: Share(count: given.filter { $0.values.contains(option.code) }.count, base: given.count))
        }
        return counted.enumerated().sorted { ($0.element.share.count, -$0.offset) > ($1.element.share.count, -$1.offset) }
            .map(\.element)
    }

    /// The respondents (by index) whose answer to `questionID` is `code`.
    public func members(_ questionID: String, answering code: String) -> [Int] {
        survey.respondents.indices.filter { survey.respondents[$0][questionID]?.values.contains(code) == true }
    }

    private func answers(_ questionID: String, among members: [Int]? = nil) -> [LocalSurvey.Answer] {
        (members ?? Array(survey.respondents.indices)).compactMap { survey.respondents[$0][questionID] }
    }
}
