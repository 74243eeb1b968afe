import ETEModel

/// A suggestion chosen for a municipality, with the share of its peer group that does it already
/// (nil when the disclosure rule withholds that share, or the rule names no comparison).
public struct ChosenSuggestion: Sendable {
    public let suggestion: Suggestion
    public let peerShare: Int?
}

/// Picks each pillar's suggestions from the rules by the municipality's own answers of the year.
public enum SuggestionChoice {
    /// At most this many per pillar, in the order of the rules file.
    public static let perPillar = 3

    /// The chosen suggestions per pillar (none without a response: they rest on its answers), and
    /// the rules that could not be judged this year because the questionnaire lacks a question.
    public static func choose(
        _ suggestions: [Suggestion], for benchmark: MunicipalityBenchmark
    ) -> (chosen: [Pillar: [ChosenSuggestion]], notAsked: [Suggestion]) {
        // A suggestion outside its years (an offer that has ended) is not given, and needs no note.
        let current = suggestions.filter { $0.years.contains(benchmark.year) }
        let asked = current.filter { $0.questionIDs.allSatisfy { benchmark.questionnaire.question($0) != nil } }
        let notAsked = current.filter { rule in !asked.contains { $0.line == rule.line } }
        guard let response = benchmark.response else { return ([:], notAsked) }
        let peers = benchmark.peerGroup
        var chosen: [Pillar: [ChosenSuggestion]] = [:]
        for suggestion in asked where suggestion.applies(given: response.answers) {
            guard (chosen[suggestion.pillar]?.count ?? 0) < perPillar else { continue }
            let share = suggestion.comparison.flatMap { comparison -> Int? in
                if let option = comparison.option { return peers.optionPercentage(comparison.questionID, option) }
                return peers.percentage(comparison.questionID)
            }
            chosen[suggestion.pillar, default: []].append(ChosenSuggestion(suggestion: suggestion, peerShare: share))
        }
        return (chosen, notAsked)
    }
}
