/// A signalling network (signaleringsnetwerk), e.g. postal carriers who pass on
/// worries about a resident to local social work (PostNL with Sociaal Werk Nederland).
public struct SignallingCoverage: Sendable, Codable, Hashable {
    public var network: String
    public var municipality: MunicipalityCode
    public var since: Day

    public init(network: String, municipality: MunicipalityCode, since: Day) {
        self.network = network
        self.municipality = municipality
        self.since = since
    }
}

/// Number of reports (meldingen) a network passed on in one municipality in one year.
public struct SignallingReports: Sendable, Codable, Hashable {
    public var network: String
    public var municipality: MunicipalityCode
    public var year: Int
    public var reports: Int

    public init(network: String, municipality: MunicipalityCode, year: Int, reports: Int) {
        self.network = network
        self.municipality = municipality
        self.year = year
        self.reports = reports
    }
}

/// A single programme figure that has no table of its own (e.g. the number of
/// interventions in the Movisie databank), kept per year with its source.
public struct ProgrammeFigure: Sendable, Codable, Hashable {
    public var year: Int
    public var key: String
    public var value: Double
    public var label: String
    public var source: String

    public init(year: Int, key: String, value: Double, label: String, source: String) {
        self.year = year
        self.key = key
        self.value = value
        self.label = label
        self.source = source
    }
}
