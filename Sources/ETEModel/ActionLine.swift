/// The programme has been organised along two sets of action lines (actielijnen):
/// two lines in the 2018 programme, three lines from the 2022 continuation on.
public enum ActionLineScheme: String, CaseIterable, Sendable, Codable {
    case programme2018 = "2018"
    case continuation2022 = "2022"

    /// The scheme in force in a given year.
    public static func scheme(for year: Int) -> ActionLineScheme {
        year >= 2022 ? .continuation2022 : .programme2018
    }
}

/// An action line: a numbered line of work within a scheme.
public struct ActionLine: Sendable, Codable, Hashable, Identifiable {
    public var scheme: ActionLineScheme
    public var number: Int
    public var title: String

    public var id: String { "\(scheme.rawValue)-\(number)" }

    public init(scheme: ActionLineScheme, number: Int, title: String) {
        self.scheme = scheme
        self.number = number
        self.title = title
    }

    /// "Actielijn 1: Meer bewustwording in de samenleving over eenzaamheid".
    public var heading: String { "Actielijn \(number): \(title)" }

    /// The action lines as the programme documents name them (2018 programme; 2022–2025 continuation).
    public static let catalogue: [ActionLine] = [
        ActionLine(scheme: .programme2018, number: 1, title: "Het signaleren en bespreekbaar maken van eenzaamheid"),
        ActionLine(scheme: .programme2018, number: 2, title: "Het doorbreken en duurzaam aanpakken van eenzaamheid"),
        ActionLine(scheme: .continuation2022, number: 1, title: "Meer bewustwording in de samenleving over eenzaamheid"),
        ActionLine(scheme: .continuation2022, number: 2, title: "Meer maatschappelijk initiatief tegen eenzaamheid"),
        ActionLine(scheme: .continuation2022, number: 3, title: "In alle gemeenten een lokale aanpak tegen eenzaamheid"),
    ]

    public static func lines(in scheme: ActionLineScheme) -> [ActionLine] {
        catalogue.filter { $0.scheme == scheme }
    }
}
