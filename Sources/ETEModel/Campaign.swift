/// A public campaign of the programme, e.g. "Eén tegen eenzaamheid" or "Hey, het is oké".
public struct Campaign: Sendable, Codable, Hashable, Identifiable {
    /// Short key, e.g. "een-tegen-eenzaamheid".
    public var id: String
    public var name: String
    public var audience: String

    public init(id: String, name: String, audience: String) {
        self.id = id
        self.name = name
        self.audience = audience
    }
}

/// One effect metric of a campaign in one measurement wave (meting), as a percentage.
public struct CampaignMeasurement: Sendable, Codable, Hashable {
    public var campaignID: String
    /// Wave label as the research agency names it, e.g. "nulmeting 2023".
    public var wave: String
    /// The year the wave was held; waves are ordered by year, then label.
    public var year: Int
    /// Stable metric key, e.g. "actie-voor-zelf".
    public var metric: String
    /// Dutch description of what was measured.
    public var label: String
    /// Percentage of respondents, 0…100.
    public var percentage: Double
    /// The campaign's target for this metric, when one was set.
    public var target: Double?

    public init(
        campaignID: String, wave: String, year: Int, metric: String, label: String,
        percentage: Double, target: Double? = nil
    ) {
        self.campaignID = campaignID
        self.wave = wave
        self.year = year
        self.metric = metric
        self.label = label
        self.percentage = percentage
        self.target = target
    }

    /// Whether the target was reached; nil when there is no target.
    public var targetMet: Bool? { target.map { percentage >= $0 } }
}
