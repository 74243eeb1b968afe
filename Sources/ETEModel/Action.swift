/// Where an action stands in a given year.
public enum ActionStatus: String, CaseIterable, Sendable, Codable {
    case planned = "gepland"
    case ongoing = "lopend"
    case completed = "afgerond"
}

/// An action (actie) under an action line. Its status and result are kept per year,
/// so the same action can be planned in one letter and reported as done in the next.
public struct Action: Sendable, Codable, Hashable, Identifiable {
    /// A short, stable key chosen by staff, e.g. "toolkit-gemeenten".
    public var id: String
    public var title: String
    /// An optional pillar when the action belongs to the local approach.
    public var pillar: Pillar?

    public init(id: String, title: String, pillar: Pillar? = nil) {
        self.id = id
        self.title = title
        self.pillar = pillar
    }
}

/// The status of one action in one year, with the result or intention in words. The action
/// line is kept per year, because the lines themselves change between periods.
public struct ActionYearStatus: Sendable, Codable, Hashable {
    public var actionID: String
    public var year: Int
    public var actionLineID: String
    public var status: ActionStatus
    public var resultText: String

    public init(actionID: String, year: Int, actionLineID: String, status: ActionStatus, resultText: String) {
        self.actionID = actionID
        self.year = year
        self.actionLineID = actionLineID
        self.status = status
        self.resultText = resultText
    }
}
