/// The kind of local loneliness policy a municipality pursues, after the DSP-groep's study
/// "Samen sterk" (a-specifiek, tijdelijk gericht, structureel gericht beleid).
public struct PolicyProfile: Sendable, Hashable, Identifiable {
    /// Short key as the rules file names it ("structureel").
    public let id: String
    /// Dutch name as outputs show it ("structureel gericht beleid").
    public let name: String
    /// One sentence that says what the profile means, for the explanation in every output.
    public let description: String

    public init(id: String, name: String, description: String) {
        self.id = id
        self.name = name
        self.description = description
    }
}

/// Rules that give each benchmark response its policy profile, kept as data
/// (templates/beleidsprofiel/regels.yaml). The first rule whose conditions hold decides; the
/// last profile is the one left when none does.
public struct PolicyProfileRules: Sendable {
    public struct Rule: Sendable {
        public let profile: PolicyProfile
        /// Every one of these must hold.
        public let all: [AskCondition]
        /// At least one of these must hold (no condition here: no requirement).
        public let any: [AskCondition]

        public init(profile: PolicyProfile, all: [AskCondition], any: [AskCondition]) {
            self.profile = profile
            self.all = all
            self.any = any
        }

        func holds(given answers: [String: String]) -> Bool {
            all.allSatisfy { $0.holds(given: answers) } && (any.isEmpty || any.contains { $0.holds(given: answers) })
        }
    }

    public let rules: [Rule]
    public let fallback: PolicyProfile
    /// Where the typology comes from, shown with every profile.
    public let source: String

    public init(rules: [Rule], fallback: PolicyProfile, source: String) {
        self.rules = rules
        self.fallback = fallback
        self.source = source
    }

    /// Every profile in the order of the rules, the fallback last.
    public var profiles: [PolicyProfile] { rules.map(\.profile) + [fallback] }

    /// The questions the rules read.
    public var questionIDs: Set<String> { Set(rules.flatMap { ($0.all + $0.any).map(\.questionID) }) }

    /// The profile of a response; nil when the year's questionnaire lacks a question the rules read
    /// (the profile cannot be judged then, rather than be judged on half the evidence).
    public func profile(of response: BenchmarkResponse, questionnaire: Questionnaire) -> PolicyProfile? {
        guard questionIDs.allSatisfy({ questionnaire.question($0) != nil }) else { return nil }
        return rules.first { $0.holds(given: response.answers) }?.profile ?? fallback
    }
}
