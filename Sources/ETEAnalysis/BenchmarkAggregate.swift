import ETEModel

/// Share of a group that gave a counted answer to one question.
public struct QuestionTally: Sendable, Codable, Equatable {
    /// Respondents who answered the question.
    public var answered: Int
    /// Of those, how many gave an answer that counts as positive.
    public var positive: Int
    /// Whole percentage, rounded half up; nil when nobody answered.
    public var percentage: Int? { DutchNumber.roundedPercentage(positive, of: answered) }
}

/// Benchmark results of a group of municipalities (the whole country, a size class, a province).
public struct BenchmarkAggregate: Sendable {
    public let questionnaire: Questionnaire
    public let respondents: Int
    /// Yes/no, single-choice and Likert questions: share counted as positive.
    public let tallies: [String: QuestionTally]
    /// Multiple-choice questions: share of those who answered that chose each option.
    public let optionTallies: [String: [String: QuestionTally]]
    /// Number questions: mean of the answers.
    public let means: [String: Double]
    /// Every question: how many respondents answered it.
    public let answered: [String: Int]
    /// Per policy profile id: of the respondents whose profile can be judged, how many have it.
    public let profileTallies: [String: QuestionTally]

    /// `profiles`: the rules that give each response its policy profile (none: no profile figures).
    public init(questionnaire: Questionnaire, responses: [BenchmarkResponse], profiles: PolicyProfileRules? = nil) {
        self.questionnaire = questionnaire
        respondents = responses.count
        var tallies: [String: QuestionTally] = [:]
        var optionTallies: [String: [String: QuestionTally]] = [:]
        var means: [String: Double] = [:]
        var answered: [String: Int] = [:]
        for question in questionnaire.questions {
            let answers = responses.compactMap { $0.answers[question.id] }
            answered[question.id] = answers.count
            switch question.type {
            case .multipleChoice:
                let chosen = answers.map { Set($0.split(separator: "|").map(String.init)) }
                optionTallies[question.id] = Dictionary(
                    uniqueKeysWithValues: question.options.map { option in
                        (option.code, QuestionTally(answered: answers.count, positive: chosen.filter { $0.contains(option.code) }.count))
                    })
            case .number:
                let values = answers.compactMap(Double.init)
                if !values.isEmpty { means[question.id] = values.reduce(0, +) / Double(values.count) }
            default:
                tallies[question.id] = QuestionTally(answered: answers.count, positive: answers.filter(question.counts).count)
            }
        }
        self.tallies = tallies
        self.optionTallies = optionTallies
        self.means = means
        self.answered = answered
        let judged = profiles.map { rules in responses.compactMap { rules.profile(of: $0, questionnaire: questionnaire)?.id } } ?? []
        profileTallies = Dictionary(
            uniqueKeysWithValues: (profiles?.profiles ?? []).map { profile in
                (profile.id, QuestionTally(answered: judged.count, positive: judged.filter { $0 == profile.id }.count))
            })
    }

    /// Pillar score: the share of positive answers over the pillar's scored questions, in percent.
    public func pillarScore(_ pillar: Pillar) -> Int? {
        let parts = questionnaire.pillarScoreBasis(pillar).keys.compactMap { tallies[$0] }
        return DutchNumber.roundedPercentage(parts.map(\.positive).reduce(0, +), of: parts.map(\.answered).reduce(0, +))
    }
}
