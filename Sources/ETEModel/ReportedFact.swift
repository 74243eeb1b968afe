/// A fact about the municipality that a question's positive answer states and that the
/// municipality data also holds, so that `ete check` can compare the two. The questionnaire
/// says which question reports it (`gegeven:` in templates/benchmark/<jaar>.yaml), so a renamed
/// or new question needs no code change.
public enum ReportedFact: String, Sendable, Codable, CaseIterable {
    /// The municipality has a local coalition (municipality data: lokale_coalitie_sinds).
    case localCoalition = "lokale_coalitie"
}
