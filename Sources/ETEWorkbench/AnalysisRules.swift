import ETEModel
import ETEStore
import Foundation

/// The analysis rules kept as data in the templates folder (policy profiles, factsheet
/// suggestions), checked against the questionnaires in the store.
enum AnalysisRules {
    /// The policy-profile rules; nil when there is no templates folder or it has no rules file
    /// (outputs then leave the profile out). A rules file with errors is refused with its places.
    /// `notes` hears of rules that name a question no stored questionnaire asks (they never hold).
    static func policyProfiles(templates: URL?, store: Store, notes: RuleNotes? = nil) throws -> PolicyProfileRules? {
        try policyProfiles(templates: templates, questionnaires: try questionnaires(store), notes: notes)
    }

    /// The policy-profile rules and the factsheet's suggestions (that file must exist), checked
    /// against the questionnaires read once.
    static func factsheetRules(
        templates: URL, store: Store, notes: RuleNotes? = nil
    ) throws -> (
        profiles: PolicyProfileRules?, suggestions: [Suggestion]
    ) {
        let known = try questionnaires(store)
        return (
            try policyProfiles(templates: templates, questionnaires: known, notes: notes),
            try SuggestionFile.load(templates: templates, questionnaires: known, notes: notes)
        )
    }

    private static func policyProfiles(
        templates: URL?, questionnaires known: [Questionnaire], notes: RuleNotes?
    ) throws
        -> PolicyProfileRules?
    {
        guard let templates, FileManager.default.fileExists(atPath: templates.appendingPathComponent(PolicyProfileFile.path).path) else {
            return nil
        }
        // Without any questionnaire there is nothing to classify, and nothing to check the rules against.
        guard !known.isEmpty else { return nil }
        return try PolicyProfileFile.load(templates: templates, questionnaires: known, notes: notes)
    }

    private static func questionnaires(_ store: Store) throws -> [Questionnaire] {
        try store.read { try $0.questionnaires() }
    }
}
