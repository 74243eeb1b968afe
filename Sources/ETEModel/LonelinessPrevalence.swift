/// The age group a prevalence figure describes, as the Gezondheidsmonitor publishes it.
public enum PrevalenceAgeGroup: String, CaseIterable, Sendable, Codable, Comparable {
    case adults = "18+"
    case elderly = "65+"

    /// Dutch label, e.g. "volwassenen (18 jaar en ouder)".
    public var dutchLabel: String {
        switch self {
        case .adults: "18 jaar en ouder"
        case .elderly: "65 jaar en ouder"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The region a prevalence figure is about: the whole country or one municipality (by its code
/// in the boundaries of the survey year, which need not exist any more).
public enum PrevalenceRegion: Sendable, Hashable, Comparable {
    case national
    case municipality(MunicipalityCode)

    /// CBS's code for the Netherlands in StatLine tables.
    public static let nationalCode = "NL01"

    public init?(code text: String) {
        if text.trimmingCharacters(in: .whitespaces).uppercased() == Self.nationalCode {
            self = .national
        } else if let code = MunicipalityCode(text) {
            self = .municipality(code)
        } else {
            return nil
        }
    }

    public var code: String {
        switch self {
        case .national: Self.nationalCode
        case .municipality(let code): code.rawValue
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.code < rhs.code }
}

/// Loneliness prevalence in one region, year and age group, in percent of residents (De Jong
/// Gierveld scale: lonely = score 3 or higher, severely = 9 or higher). A nil share is one the
/// source does not publish (social loneliness in 2012); it is never filled in.
public struct LonelinessPrevalence: Sendable, Hashable {
    public var region: PrevalenceRegion
    /// The region's name as the source spells it.
    public var regionName: String
    public var year: Int
    public var ageGroup: PrevalenceAgeGroup
    public var lonely: Double?
    public var severelyLonely: Double?
    public var emotionallyLonely: Double?
    public var sociallyLonely: Double?
    /// Where the figures come from, shown beside them ("RIVM/CBS/GGD'en, Gezondheidsmonitor").
    public var source: String

    public static let rivmSource = "RIVM/CBS/GGD'en, Gezondheidsmonitor"

    public init(
        region: PrevalenceRegion, regionName: String, year: Int, ageGroup: PrevalenceAgeGroup, lonely: Double?,
        severelyLonely: Double?, emotionallyLonely: Double?, sociallyLonely: Double?, source: String = rivmSource
    ) {
        self.region = region
        self.regionName = regionName
        self.year = year
        self.ageGroup = ageGroup
        self.lonely = lonely
        self.severelyLonely = severelyLonely
        self.emotionallyLonely = emotionallyLonely
        self.sociallyLonely = sociallyLonely
        self.source = source
    }

    /// Every share with its Dutch name, in the order outputs list them.
    public var shares: [(label: String, value: Double?)] {
        [
            ("eenzaam", lonely), ("ernstig eenzaam", severelyLonely), ("emotioneel eenzaam", emotionallyLonely),
            ("sociaal eenzaam", sociallyLonely),
        ]
    }
}
