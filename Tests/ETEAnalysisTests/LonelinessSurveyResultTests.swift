import ETEModel
import Testing

@testable import ETEAnalysis

/// Issue "lokale enquêtes": the weighted shares of a residents' survey, checked against a small
/// example worked out by hand.
@Suite("Residents' loneliness survey: weighted shares")
struct LonelinessSurveyResultTests {
    static let zwolle = MunicipalityCode("GM0193")!

    /// Answers with `emotional` emotional and `social` social items scoring.
    static func answers(emotional: Int, social: Int) -> [Int: LonelinessScale.Answer] {
        var answers: [Int: LonelinessScale.Answer] = [:]
        for (index, item) in [2, 3, 5, 6, 9, 10].enumerated() { answers[item] = index < emotional ? .yes : .no }
        for (index, item) in [1, 4, 7, 8, 11].enumerated() { answers[item] = index < social ? .no : .yes }
        return answers
    }

    static func response(_ id: String, _ answers: [Int: LonelinessScale.Answer], weight: Double) -> LonelinessSurveyResponse {
        LonelinessSurveyResponse(municipality: zwolle, year: 2024, respondent: id, answers: answers, weight: weight)
    }

    /// Four residents with weights 1, 1, 2 and 4; the first and third lonely (scores 5 and 9), the
    /// others not (scores 1 and 2). By hand: p = (1 + 2) / 8 = 0.375; effective n = 8² / (1 + 1 + 4 + 16)
    /// = 2.909; Wilson with z = 1.96: centre (p + z²/2n) / (1 + z²/n) = 0.4461, half width 0.3721,
    /// so 7.4% to 81.8%. Severely lonely: only the third (score 9): 2 / 8 = 25%.
    @Test func weightedExampleWorkedOutByHand() throws {
        let result = try #require(
            LonelinessSurveyResult([
                Self.response("a", Self.answers(emotional: 3, social: 2), weight: 1),
                Self.response("b", Self.answers(emotional: 1, social: 0), weight: 1),
                Self.response("c", Self.answers(emotional: 6, social: 3), weight: 2),
                Self.response("d", Self.answers(emotional: 1, social: 1), weight: 4),
            ]))
        #expect(result.scored == 4 && result.respondents == 4)
        #expect(abs(result.effectiveSampleSize - 64.0 / 22) < 1e-12)
        #expect(result.lonely.percentage == 37.5)
        #expect(abs(result.lonely.lower - 7.4067) < 0.001)
        #expect(abs(result.lonely.upper - 81.8198) < 0.001)
        #expect(result.severelyLonely.percentage == 25)
        // Emotionally lonely (3 or more of the six): a and c, weights 1 + 2; socially (3 of five): only c.
        #expect(result.emotionallyLonely.percentage == 37.5)
        #expect(result.sociallyLonely.percentage == 25)
    }

    /// Unweighted, the interval is Wilson's on the plain n; a respondent with too many gaps is left out.
    @Test func incompleteListsAreCountedButNotScored() throws {
        var gaps = Self.answers(emotional: 6, social: 5)
        gaps[1] = nil
        let responses = [
            Self.response("a", Self.answers(emotional: 0, social: 0), weight: 1),
            Self.response("b", Self.answers(emotional: 4, social: 0), weight: 1),
            Self.response("c", gaps, weight: 1),
        ]
        let strict = try #require(LonelinessSurveyResult(responses))
        #expect(strict.respondents == 3 && strict.scored == 2)
        #expect(strict.lonely.percentage == 50)
        let lenient = try #require(LonelinessSurveyResult(responses, rules: .init(maximumMissingItems: 1)))
        #expect(lenient.scored == 3)
        #expect(abs(lenient.lonely.percentage - 200.0 / 3) < 1e-9)
        #expect(LonelinessSurveyResult([Self.response("c", gaps, weight: 1)]) == nil)
    }
}
