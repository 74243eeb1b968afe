/// Risk groups the national coalition focuses on (letter 2024, footnote 9).
public enum RiskGroup: String, CaseIterable, Sendable, Codable {
    case lowSocioeconomicStatus = "lage-ses"
    case healthProblems = "gezondheidsproblemen"
    case partnerWithHealthProblems = "partner-met-gezondheidsproblemen"
    case nonWesternMigrationBackground = "migratieachtergrond"
    case youngAdults = "jongvolwassenen"

    public var dutchLabel: String {
        switch self {
        case .lowSocioeconomicStatus: "mensen met een lage sociaaleconomische status"
        case .healthProblems: "mensen met gezondheidsproblemen"
        case .partnerWithHealthProblems: "mensen met een partner met gezondheidsproblemen"
        case .nonWesternMigrationBackground: "mensen met een niet-westerse migratieachtergrond"
        case .youngAdults: "jongvolwassenen"
        }
    }
}

/// A member of the Nationale Coalitie tegen Eenzaamheid.
public struct CoalitionPartner: Sendable, Codable, Hashable {
    public var name: String
    public var sector: String
    public var joinedOn: Day
    public var leftOn: Day?
    public var riskGroups: [RiskGroup]

    public init(name: String, sector: String, joinedOn: Day, leftOn: Day? = nil, riskGroups: [RiskGroup] = []) {
        self.name = name
        self.sector = sector
        self.joinedOn = joinedOn
        self.leftOn = leftOn
        self.riskGroups = riskGroups
    }

    /// Member on 31 December of `year`.
    public func isMember(atEndOf year: Int) -> Bool {
        joinedOn.year <= year && (leftOn.map { $0.year > year } ?? true)
    }
}
