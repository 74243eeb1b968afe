import ETEModel

/// Fills in a demo survey question by question with exact counts: each call draws who gives
/// which answer, among the respondents the routing lets through.
struct DemoSurveyForm {
    private(set) var answers: [[String: LocalSurvey.Answer]]

    init(respondents: Int) { answers = Array(repeating: [:], count: respondents) }

    /// The respondents whose answer to `questionID` is one of `codes`.
    func answering(_ questionID: String, _ codes: Set<String>) -> [Int] {
        answers.indices.filter { answers[$0][questionID]?.values.contains(where: codes.contains) == true }
    }

    /// One answer each for `counts` respondents drawn from `among`; the others leave the question open.
    /// A code with remarks gives its first respondents those texts ("Anders, namelijk …").
    mutating func single(
        _ questionID: String, among respondents: [Int], _ counts: [(String, Int)], remarks: [String: [String]] = [:],
        random: inout SeededGenerator
    ) {
        precondition(counts.map(\.1).reduce(0, +) <= respondents.count, "\(questionID): more answers than respondents")
        var drawn = respondents.shuffled(using: &random)[...]
        for (code, count) in counts {
            for (index, respondent) in drawn.prefix(count).enumerated() {
                let texts = remarks[code] ?? []
                answers[respondent][questionID] = LocalSurvey.Answer(values: [code], remark: index < texts.count ? texts[index] : nil)
            }
            drawn = drawn.dropFirst(count)
        }
    }

    /// `answering` respondents drawn from `among` choose options so that each option is chosen
    /// exactly its count of times and each of them chooses at least one.
    mutating func multiple(
        _ questionID: String, among respondents: [Int], answering: Int, _ counts: [(String, Int)], random: inout SeededGenerator
    ) {
        precondition(counts.allSatisfy { $0.1 <= answering } && counts.map(\.1).reduce(0, +) >= answering, "\(questionID): counts")
        let chosen = Array(respondents.shuffled(using: &random).prefix(answering))
        var picks = Dictionary(uniqueKeysWithValues: chosen.map { ($0, [String]()) })
        for (code, count) in counts {
            // Those without a choice yet come first, so everyone ends with at least one.
            let order = chosen.shuffled(using: &random).sorted { (picks[$0]!.isEmpty ? 0 : 1) < (picks[$1]!.isEmpty ? 0 : 1) }
            for respondent in order.prefix(count) { picks[respondent]!.append(code) }
        }
        for (respondent, codes) in picks { answers[respondent][questionID] = LocalSurvey.Answer(values: codes) }
    }

    /// A statement that `agreeing` respondents agree with; the others spread over the rest of the scale.
    mutating func statement(_ questionID: String, agreeing: Int, random: inout SeededGenerator) {
        let others = answers.count - agreeing
        let disagreeing = others * 3 / 10
        let veryDisagreeing = others / 10
        let unknown = others / 5
        single(
            questionID, among: Array(answers.indices),
            [
                ("helemaal_eens", agreeing / 3), ("eens", agreeing - agreeing / 3), ("oneens", disagreeing),
                ("helemaal_oneens", veryDisagreeing), ("weet_niet", unknown),
                ("neutraal", others - disagreeing - veryDisagreeing - unknown),
            ], random: &random)
    }

    /// Each text as the open answer of one respondent drawn from `among` (everyone by default).
    mutating func open(_ questionID: String, _ texts: [String], among respondents: [Int]? = nil, random: inout SeededGenerator) {
        let drawn = (respondents ?? Array(answers.indices)).shuffled(using: &random)
        for (respondent, text) in zip(drawn, texts) { answers[respondent][questionID] = LocalSurvey.Answer(values: [text]) }
    }

    /// A fictitious organisation name per respondent, after its kind (question "categorie").
    mutating func organisationNames() {
        var numbers: [String: Int] = [:]
        for index in answers.indices {
            let kind = answers[index]["categorie"]?.values.first ?? "anders"
            numbers[kind, default: 0] += 1
            let name = DemoStappenplanTexts.organisationName(kind: kind, number: numbers[kind]!)
            answers[index]["organisatie"] = LocalSurvey.Answer(values: [name])
        }
    }
}
