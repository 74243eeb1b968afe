import ETEModel
import Testing

@Suite("De Jong Gierveld loneliness scale")
struct LonelinessScaleTests {
    typealias Answer = LonelinessScale.Answer
    static let emotional = [2, 3, 5, 6, 9, 10]
    static let social = [1, 4, 7, 8, 11]

    /// Answers scoring exactly `emotionalPoints` emotional and `socialPoints` social items.
    func answers(emotionalPoints: Int, socialPoints: Int) -> [Int: Answer] {
        var answers: [Int: Answer] = [:]
        for (index, item) in Self.emotional.enumerated() { answers[item] = index < emotionalPoints ? .yes : .no }
        for (index, item) in Self.social.enumerated() { answers[item] = index < socialPoints ? .no : .yes }
        return answers
    }

    @Test func itemsAndSubscales() {
        #expect(LonelinessScale.items.count == 11)
        #expect(LonelinessScale.items.filter { $0.subscale == .emotional }.map(\.number) == Self.emotional)
        #expect(LonelinessScale.items.filter { $0.subscale == .social }.map(\.number) == Self.social)
    }

    @Test(arguments: [
        (0, 0, LonelinessScale.Category.notLonely), (2, 0, .notLonely), (1, 2, .moderatelyLonely),
        (6, 2, .moderatelyLonely), (6, 3, .severelyLonely), (5, 5, .severelyLonely), (6, 5, .verySeverelyLonely),
    ])
    func categories(emotional: Int, social: Int, expected: LonelinessScale.Category) throws {
        let score = try #require(LonelinessScale.score(answers(emotionalPoints: emotional, socialPoints: social)))
        #expect(score.total == emotional + social)
        #expect(score.emotional == emotional)
        #expect(score.social == social)
        #expect(score.category == expected)
        #expect(score.category.isLonely == (emotional + social >= 3))
    }

    @Test func neutralAnswerAlwaysScores() throws {
        let all = Dictionary(uniqueKeysWithValues: (1...11).map { ($0, Answer.moreOrLess) })
        let score = try #require(LonelinessScale.score(all))
        #expect(score.total == 11)
        #expect(score.emotional == 6 && score.social == 5)
    }

    @Test func subscaleThresholds() throws {
        let score = try #require(LonelinessScale.score(answers(emotionalPoints: 3, socialPoints: 2)))
        #expect(score.isEmotionallyLonely())
        #expect(!score.isSociallyLonely())
        let social = try #require(LonelinessScale.score(answers(emotionalPoints: 0, socialPoints: 3)))
        #expect(social.isSociallyLonely() && !social.isEmotionallyLonely())
    }

    @Test func missingItems() {
        var partial = answers(emotionalPoints: 2, socialPoints: 2)
        partial[11] = nil
        #expect(LonelinessScale.score(partial) == nil)
        #expect(LonelinessScale.score(partial, rules: .init(maximumMissingItems: 1))?.total == 4)
    }

    /// Every one of the 3^11 = 177,147 answer patterns of the three-point form, scored by the model
    /// and by an independent formulation here: the pattern as base-3 digits (0 ja, 1 min of meer,
    /// 2 nee); a negatively worded item counts unless the answer is nee, a positively worded one
    /// unless it is ja.
    @Test func everyPatternOfTheThreePointForm() throws {
        let negativelyWorded: Set<Int> = [2, 3, 5, 6, 9, 10]
        let answers: [Answer] = [.yes, .moreOrLess, .no]
        var seen = [Int](repeating: 0, count: 12)
        for pattern in 0..<177_147 {
            var rest = pattern
            var given: [Int: Answer] = [:]
            var emotional = 0
            var social = 0
            for item in 1...11 {
                let digit = rest % 3
                rest /= 3
                given[item] = answers[digit]
                if negativelyWorded.contains(item) {
                    if digit != 2 { emotional += 1 }
                } else if digit != 0 {
                    social += 1
                }
            }
            let score = try #require(LonelinessScale.score(given))
            let total = emotional + social
            guard score.total == total, score.emotional == emotional, score.social == social,
                score.isLonely == (total >= 3), score.isSeverelyLonely == (total >= 9),
                score.isEmotionallyLonely() == (emotional >= 3), score.isSociallyLonely() == (social >= 3),
                score.category
                    == (total <= 2 ? .notLonely : total <= 8 ? .moderatelyLonely : total <= 10 ? .severelyLonely : .verySeverelyLonely)
            else {
                Issue.record("patroon \(pattern): \(score) tegen totaal \(total), emotioneel \(emotional), sociaal \(social)")
                return
            }
            seen[total] += 1
        }
        // A check on the enumeration itself: each item has one answer that scores 0 and two that
        // score 1, so C(11, k) · 2^k patterns have total k (1 scores 0, 2048 score 11).
        #expect(seen[0] == 1 && seen[1] == 22 && seen[11] == 2048 && seen.reduce(0, +) == 177_147)
    }

    /// The five-point form reads into the three categories: "ja!" is ja, "nee!" is nee.
    @Test func fivePointAnswersReadAsTheirPlainOnes() {
        #expect(Answer(text: "ja!") == .yes)
        #expect(Answer(text: " Nee! ") == .no)
        #expect(Answer(text: "min of meer") == .moreOrLess)
        #expect(Answer(text: "misschien") == nil)
    }

    /// A stricter or looser cut-off changes the subscale verdict and nothing else.
    @Test func subscaleCutOffIsAParameter() throws {
        let score = try #require(LonelinessScale.score(answers(emotionalPoints: 2, socialPoints: 2)))
        #expect(!score.isEmotionallyLonely())
        #expect(score.isEmotionallyLonely(.init(subscaleCutOff: 2)) && score.isSociallyLonely(.init(subscaleCutOff: 2)))
        #expect(score.total == 4)
    }
}
