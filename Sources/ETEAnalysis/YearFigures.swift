import ETEModel

/// Every key figure of one programme year, computed from the store. This is what
/// `ete stats --json` prints (keys documented in README.md) and what the reports use.
public struct YearFigures: Sendable, Codable, Equatable {
    public var year: Int
    /// True when the store holds the fictitious demo dataset.
    public var demoData: Bool
    public var municipalities: MunicipalityFigures
    public var benchmark: BenchmarkFigures?
    public var coalition: CoalitionFigures
    public var week: WeekFigures?
    public var campaigns: [CampaignFigures]
    public var signalling: SignallingFigures?
    /// Single figures imported with `ete import kerncijfers`, by key.
    public var otherFigures: [String: Double]
}

public struct MunicipalityFigures: Sendable, Codable, Equatable {
    public var total: Int
    public var joined: Int
    public var joinedPercentage: Int?
    public var joinedWithLocalCoalition: Int
    /// Share of the joined municipalities that work with a local coalition.
    public var joinedWithLocalCoalitionPercentage: Int?
    public var withAdviser: Int
}

public struct BenchmarkFigures: Sendable, Codable, Equatable {
    public var respondents: Int
    public var previousYear: Int?
    public var previousRespondents: Int?
    public var questions: [String: QuestionFigure]
    public var pillars: [PillarFigure]
}

public struct QuestionFigure: Sendable, Codable, Equatable {
    /// Position in the questionnaire (0-based), for listing questions in their own order.
    public var position: Int
    public var pillar: Int
    public var label: String
    public var type: String
    public var answered: Int
    public var positive: Int?
    public var percentage: Int?
    /// Same question id in the previous benchmark year, when it was asked then.
    public var previousPercentage: Int?
    /// Multiple-choice questions: per option code.
    public var options: [String: OptionFigure]?
    /// Number questions: the mean answer.
    public var mean: Double?
}

public struct OptionFigure: Sendable, Codable, Equatable {
    public var position: Int
    public var label: String
    public var chosen: Int
    public var percentage: Int?
    public var previousPercentage: Int?
}

public struct PillarFigure: Sendable, Codable, Equatable {
    public var number: Int
    public var name: String
    public var score: Int?
    public var previousScore: Int?
}

public struct CoalitionFigures: Sendable, Codable, Equatable {
    public var partnersAtYearEnd: Int
    public var joinedInYear: Int
    public var joinedInYearNames: [String]
    public var leftInYear: Int
}

public struct WeekFigures: Sendable, Codable, Equatable {
    public var edition: Int
    public var startDate: String
    public var endDate: String
    public var openingDate: String?
    public var openingParticipants: Int?
    public var theme: String?
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
    public var target: Double?
    public var targetMet: Bool?
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
    public var reports: Int
}
