/// One of the five pillars (pijlers) of the local approach against loneliness.
public enum Pillar: Int, CaseIterable, Sendable, Codable, Comparable {
    case governanceCommitment = 1
    case strongNetwork = 2
    case involveLonelyPeople = 3
    case sustainableApproach = 4
    case monitorAndEvaluate = 5

    /// The official Dutch name, as the programme uses it.
    public var dutchName: String {
        switch self {
        case .governanceCommitment: "Bestuurlijk commitment"
        case .strongNetwork: "Creëer een sterk netwerk"
        case .involveLonelyPeople: "Betrek mensen met gevoelens van eenzaamheid zelf"
        case .sustainableApproach: "Duurzame aanpak"
        case .monitorAndEvaluate: "Monitoren en evalueren"
        }
    }

    /// "Pijler 1: Bestuurlijk commitment".
    public var heading: String { "Pijler \(rawValue): \(dutchName)" }

    public static func < (lhs: Pillar, rhs: Pillar) -> Bool { lhs.rawValue < rhs.rawValue }
}
