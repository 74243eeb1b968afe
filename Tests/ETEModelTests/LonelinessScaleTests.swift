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
        #expect(score.isEmotionallyLonely)
        #expect(!score.isSociallyLonely)
        let social = try #require(LonelinessScale.score(answers(emotionalPoints: 0, socialPoints: 3)))
        #expect(social.isSociallyLonely && !social.isEmotionallyLonely)
    }

    @Test func missingItems() {
        var partial = answers(emotionalPoints: 2, socialPoints: 2)
        partial[11] = nil
        #expect(LonelinessScale.score(partial) == nil)
        #expect(LonelinessScale.score(partial, maximumMissing: 1)?.total == 4)
    }
}
