/// One yearly Week tegen Eenzaamheid. The first edition was held in 2010.
public struct WeekEdition: Sendable, Codable, Hashable {
    public static let firstYear = 2010

    public var year: Int
    public var startDate: Day
    public var endDate: Day
    /// The national opening (network conference), usually the day before the week.
    public var openingDate: Day?
    public var openingParticipants: Int?
    public var theme: String?

    public init(
        year: Int, startDate: Day, endDate: Day, openingDate: Day? = nil,
        openingParticipants: Int? = nil, theme: String? = nil
    ) {
        self.year = year
        self.startDate = startDate
        self.endDate = endDate
        self.openingDate = openingDate
        self.openingParticipants = openingParticipants
        self.theme = theme
    }

    /// Edition number counted from 2010 (2024 is the fifteenth).
    public var editionNumber: Int { year - WeekEdition.firstYear + 1 }
}

/// A registered activity for the Week tegen Eenzaamheid.
/// The package organisers of a Week activity can request, spelled as the ministry's letters spell
/// it: the one spelling every output uses.
public enum KomErbijPackage {
    public static let name = "Kom-Erbij pakket"
}

public struct WeekRegistration: Sendable, Codable, Hashable {
    public var year: Int
    public var organiser: String
    public var municipality: MunicipalityCode?
    public var date: Day
    public var activityType: String
    /// Whether the organiser requested the free Kom-Erbij pakket.
    public var komErbijPackage: Bool
    public var participants: Int?

    public init(
        year: Int, organiser: String, municipality: MunicipalityCode?, date: Day,
        activityType: String, komErbijPackage: Bool, participants: Int?
    ) {
        self.year = year
        self.organiser = organiser
        self.municipality = municipality
        self.date = date
        self.activityType = activityType
        self.komErbijPackage = komErbijPackage
        self.participants = participants
    }
}
