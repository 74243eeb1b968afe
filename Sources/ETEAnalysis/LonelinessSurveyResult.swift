import ETEModel
import Foundation

/// A share estimated from a weighted sample: the weighted percentage and its 95% confidence interval.
public struct EstimatedShare: Sendable, Equatable {
    public let percentage: Double
    public let lower: Double
    public let upper: Double
}

/// A municipality's own loneliness survey scored and summed up: per respondent the De Jong
/// Gierveld score under the given rules, then the weighted shares lonely (3 or more), severely
/// lonely (9 or more), emotionally and socially lonely (subscale at the cut-off), each with n and
/// a 95% interval.
///
/// The interval is Wilson's score interval on the Kish effective sample size (Σw)² / Σw², so
/// unequal weights widen it as they should, and a share near 0% or 100% in a small sample keeps
/// an interval inside 0–100%. Respondents who cannot be scored (too many unanswered items) are
/// counted and left out.
public struct LonelinessSurveyResult: Sendable {
    public let municipality: MunicipalityCode
    public let year: Int
    public let rules: LonelinessScale.ScoringRules
    /// Every respondent in the file, and those scored (the n of the shares).
    public let respondents: Int
    public let scored: Int
    public let effectiveSampleSize: Double
    public let lonely: EstimatedShare
    public let severelyLonely: EstimatedShare
    public let emotionallyLonely: EstimatedShare
    public let sociallyLonely: EstimatedShare

    /// The z value of a two-sided 95% interval.
    static let z95 = 1.959963984540054

    /// nil when no respondent can be scored. All responses must be of one municipality and year.
    public init?(_ responses: [LonelinessSurveyResponse], rules: LonelinessScale.ScoringRules = .standard) {
        guard let first = responses.first else { return nil }
        let scoredResponses = responses.compactMap { response in
            LonelinessScale.score(response.answers, rules: rules).map { (score: $0, weight: response.weight) }
        }
        guard !scoredResponses.isEmpty else { return nil }
        municipality = first.municipality
        year = first.year
        self.rules = rules
        respondents = responses.count
        scored = scoredResponses.count
        let weights = scoredResponses.map(\.weight)
        let total = weights.reduce(0, +)
        let effective = total * total / weights.reduce(0) { $0 + $1 * $1 }
        effectiveSampleSize = effective
        func share(_ counts: (LonelinessScale.Score) -> Bool) -> EstimatedShare {
            let proportion = scoredResponses.reduce(0) { $0 + (counts($1.score) ? $1.weight : 0) } / total
            return Self.wilson(proportion, sampleSize: effective)
        }
        lonely = share(\.isLonely)
        severelyLonely = share(\.isSeverelyLonely)
        emotionallyLonely = share { $0.isEmotionallyLonely(rules) }
        sociallyLonely = share { $0.isSociallyLonely(rules) }
    }

    /// Wilson's score interval for a proportion, as percentages.
    static func wilson(_ proportion: Double, sampleSize n: Double) -> EstimatedShare {
        let z2 = z95 * z95
        let denominator = 1 + z2 / n
        let centre = (proportion + z2 / (2 * n)) / denominator
        let half = z95 * ((proportion * (1 - proportion) / n + z2 / (4 * n * n)).squareRoot()) / denominator
        return EstimatedShare(percentage: 100 * proportion, lower: 100 * max(0, centre - half), upper: 100 * min(1, centre + half))
    }
}
