import ETEModel

/// A fictitious residents' survey with the De Jong Gierveld scale for the demo Stappenplan
/// municipality: 600 residents of three kinds (hardly, moderately, strongly lonely), weighted,
/// a few with an item left open (which the standard rules cannot score).
enum DemoLonelinessSurvey {
    static let respondents = 600
    /// Items where agreeing is the lonely answer (the negatively worded, emotional items).
    private static let negativelyWorded: Set<Int> = [2, 3, 5, 6, 9, 10]

    static func responses(municipality: MunicipalityCode, year: Int, random: inout SeededGenerator) -> [LonelinessSurveyResponse] {
        (1...respondents).map { number in
            let kind = Double.random(in: 0..<1, using: &random)
            let lonelyChance = kind < 0.55 ? 0.08 : kind < 0.9 ? 0.45 : 0.9
            var answers: [Int: LonelinessScale.Answer] = [:]
            for item in 1...11 {
                guard random.chance(lonelyChance) else {
                    answers[item] = negativelyWorded.contains(item) ? .no : .yes
                    continue
                }
                answers[item] = random.chance(0.5) ? .moreOrLess : (negativelyWorded.contains(item) ? .yes : .no)
            }
            if random.chance(0.03) { answers[Int.random(in: 1...11, using: &random)] = nil }
            let weight = (Double.random(in: 0.5...2.0, using: &random) * 1000).rounded() / 1000
            return LonelinessSurveyResponse(
                municipality: municipality, year: year,
                respondent: "R" + String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number), answers: answers,
                weight: weight)
        }
    }
}
