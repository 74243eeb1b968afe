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

    /// The pillar as the object of a sentence: "In 2024 heb ik ingezet op <topic> door:".
    public var topic: String {
        switch self {
        case .governanceCommitment: "bestuurlijk commitment"
        case .strongNetwork: "een sterk lokaal netwerk"
        case .involveLonelyPeople: "het betrekken van mensen met gevoelens van eenzaamheid"
        case .sustainableApproach: "een duurzame lokale aanpak"
        case .monitorAndEvaluate: "het monitoren en evalueren van het beleid"
        }
    }

    /// "Pijler 1: Bestuurlijk commitment".
    public var heading: String { "Pijler \(rawValue): \(dutchName)" }

    public static func < (lhs: Pillar, rhs: Pillar) -> Bool { lhs.rawValue < rhs.rawValue }
}
