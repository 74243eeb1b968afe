import ETEModel
import ETEStore
import Foundation

/// The analysis rules kept as data in the templates folder (policy profiles, factsheet
/// suggestions), checked against the questionnaires in the store.
enum AnalysisRules {
    /// The policy-profile rules; nil when there is no templates folder or it has no rules file
    /// (outputs then leave the profile out). A rules file with errors is refused with its places.
    static func policyProfiles(templates: URL?, store: Store) throws -> PolicyProfileRules? {
        guard let templates, FileManager.default.fileExists(atPath: templates.appendingPathComponent(PolicyProfileFile.path).path) else {
            return nil
        }
        // Without any questionnaire there is nothing to classify, and nothing to check the rules against.
        let known = try questionnaires(store)
        guard !known.isEmpty else { return nil }
        return try PolicyProfileFile.load(templates: templates, questionnaires: known)
    }

    /// The factsheet's suggestions; the file must exist.
    static func suggestions(templates: URL, store: Store) throws -> [Suggestion] {
        try SuggestionFile.load(templates: templates, questionnaires: try questionnaires(store))
    }

    private static func questionnaires(_ store: Store) throws -> [Questionnaire] {
        try store.read { reader in try reader.questionnaireYears().compactMap { try reader.questionnaire(year: $0) } }
    }
}
