import ETEModel

/// Every key figure of one programme year, computed from the store. This is what
/// `ete stats --json` prints (keys documented in README.md) and what the reports use.
/// The JSON shape is stable: every key is always there, an absent value is `null`.
public struct YearFigures: Sendable, Codable, Equatable {
    /// The version of this JSON shape (templates/schemas/stats.schema.json); raised on any incompatible change.
    public static let currentSchemaVersion = 1

    public var schemaVersion = YearFigures.currentSchemaVersion
    public var year: Int
    /// True when the store holds the fictitious demo dataset.
    public var demoData: Bool
    public var municipalities: MunicipalityFigures
    @Nullable public var benchmark: BenchmarkFigures?
    public var coalition: CoalitionFigures
    @Nullable public var week: WeekFigures?
    public var campaigns: [CampaignFigures]
    @Nullable public var signalling: SignallingFigures?
    /// Single figures imported with `ete import kerncijfers`, by key.
    public var otherFigures: [String: Double]
}

public struct MunicipalityFigures: Sendable, Codable, Equatable {
    public var total: Int
    public var joined: Int
    @Nullable public var joinedPercentage: Int?
    public var joinedWithLocalCoalition: Int
    /// Share of the joined municipalities that work with a local coalition.
    @Nullable public var joinedWithLocalCoalitionPercentage: Int?
    public var withAdviser: Int
}

public struct BenchmarkFigures: Sendable, Codable, Equatable {
    public var respondents: Int
    @Nullable public var previousYear: Int?
    @Nullable public var previousRespondents: Int?
    public var questions: [String: QuestionFigure]
    public var pillars: [PillarFigure]
    /// National figures the disclosure rule withholds (`DisclosureCell.key`); absent above.
    public var withheld: [String]
    /// The policy profiles in the rules' order; empty when no rules were given.
    public var profiles: [ProfileFigure] = []
}

/// The national share of respondents with one policy profile.
public struct ProfileFigure: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    /// Respondents whose profile could be judged.
    public var judged: Int
    @Nullable public var count: Int?
    /// Nil when the disclosure rule withholds it.
    @Nullable public var percentage: Int?
}

public struct QuestionFigure: Sendable, Codable, Equatable {
    /// Position in the questionnaire (0-based), for listing questions in their own order.
    public var position: Int
    public var pillar: Int
    public var label: String
    public var type: String
    public var answered: Int
    @Nullable public var positive: Int?
    @Nullable public var percentage: Int?
    /// Same question id in the previous benchmark year, when it was asked then.
    @Nullable public var previousPercentage: Int?
    /// Multiple-choice questions: per option code.
    @Nullable public var options: [String: OptionFigure]?
    /// Number questions: the mean answer.
    @Nullable public var mean: Double?
}

public struct OptionFigure: Sendable, Codable, Equatable {
    public var position: Int
    public var label: String
    /// Nil when the disclosure rule withholds the option.
    @Nullable public var chosen: Int?
    @Nullable public var percentage: Int?
    @Nullable public var previousPercentage: Int?
}

public struct PillarFigure: Sendable, Codable, Equatable {
    public var number: Int
    public var name: String
    @Nullable public var score: Int?
    @Nullable public var previousScore: Int?
    /// True when the pillar's scored questions differ from the previous benchmark year's, so the
    /// two scores measure different things; null without a previous year.
    @Nullable public var questionsChanged: Bool?
}

public struct CoalitionFigures: Sendable, Codable, Equatable {
    public var partnersAtYearEnd: Int
    public var joinedInYear: Int
    public var joinedInYearNames: [String]
    public var leftInYear: Int
}

public struct WeekFigures: Sendable, Codable, Equatable {
    public var edition: Int
    public var startDate: Day
    public var endDate: Day
    @Nullable public var openingDate: Day?
    @Nullable public var openingParticipants: Int?
    @Nullable public var theme: String?
    public var registrations: Int
    public var municipalitiesWithActivity: Int
    /// Joined municipalities (by the end of the year) with at least one registered activity.
    public var joinedMunicipalitiesWithActivity: Int
    public var komErbijRequests: Int
    /// Participants of activities that used the Kom-Erbij pakket.
    public var komErbijParticipants: Int
    public var totalParticipants: Int
}

public struct CampaignFigures: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var audience: String
    public var metrics: [CampaignMetricFigure]
}

public struct CampaignMetricFigure: Sendable, Codable, Equatable {
    public var metric: String
    public var label: String
    public var first: WaveValue
    public var latest: WaveValue
    @Nullable public var target: Double?
    @Nullable public var targetMet: Bool?
}

public struct WaveValue: Sendable, Codable, Equatable {
    public var wave: String
    public var year: Int
    public var percentage: Double
}

public struct SignallingFigures: Sendable, Codable, Equatable {
    public var networks: [SignallingNetworkFigure]
}

public struct SignallingNetworkFigure: Sendable, Codable, Equatable {
    public var network: String
    public var municipalities: Int
    /// Reports in the year; nil when none of the network's reports for the year were read in (not zero).
    @Nullable public var reports: Int?
}
