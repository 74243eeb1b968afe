/// A concrete next step for a municipality, shown in its factsheet when its own benchmark answers
/// meet the conditions (rules kept as data in templates/factsheet/suggesties.yaml).
public struct Suggestion: Sendable, Hashable {
    /// The figure shown beside the suggestion: the share of the peer group that does it already.
    public struct Comparison: Sendable, Hashable {
        public let questionID: String
        /// For a multiple-choice question: the option whose share is shown.
        public let option: String?

        public init(questionID: String, option: String?) {
            self.questionID = questionID
            self.option = option
        }
    }

    public let pillar: Pillar
    public let text: String
    /// Every one must hold.
    public let when: [AskCondition]
    /// None may hold.
    public let unless: [AskCondition]
    public let comparison: Comparison?
    /// The line in the rules file, to name the rule in notes.
    public let line: Int
    /// Where to read more (an https address), shown with the suggestion.
    public let link: String?
    /// The benchmark years the suggestion holds for (an offer of support that ends, ends with it).
    public let years: ClosedRange<Int>

    public init(
        pillar: Pillar, text: String, when: [AskCondition], unless: [AskCondition], comparison: Comparison?, line: Int,
        link: String? = nil, years: ClosedRange<Int> = Int.min...Int.max
    ) {
        self.pillar = pillar
        self.text = text
        self.when = when
        self.unless = unless
        self.comparison = comparison
        self.line = line
        self.link = link
        self.years = years
    }

    /// The questions the rule reads.
    public var questionIDs: Set<String> {
        Set((when + unless).map(\.questionID) + (comparison.map { [$0.questionID] } ?? []))
    }

    /// Whether the rule fits a municipality's answers (canonical, by question id).
    public func applies(given answers: [String: String]) -> Bool {
        when.allSatisfy { $0.holds(given: answers) } && !unless.contains { $0.holds(given: answers) }
    }
}
