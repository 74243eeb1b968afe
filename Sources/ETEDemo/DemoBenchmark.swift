import ETEModel

/// Fictitious benchmark answers whose national totals equal the letter's figures.
/// Questions with a target get exactly that many positive answers; the others are drawn
/// with a plausible probability.
struct DemoBenchmark {
    /// Probability of a positive answer for questions without a target, per year.
    static let probabilities: [Int: [String: Double]] = [
        2023: [
            "p1_wethouder_actief": 0.35, "p3_eenzamen_betrokken": 0.52, "p3_betrekken_uitdaging": 0.54,
            "p4_best_practices": 0.88, "p4_adviseurs": 0.8, "p4_integraal": 0.6, "p5_monitort_evalueert": 0.66,
            "p5_gezondheidsmonitor": 0.72,
        ],
        2024: ["p4_integraal": 0.64, "p5_gezondheidsmonitor": 0.74],
    ]
    /// Chance that a policy pays specific attention to each target group (migration background grows in 2024).
    static let targetGroups: [Int: [String: Double]] = [
        2023: [
            "ouderen": 0.95, "mantelzorgers": 0.7, "jongeren": 0.55, "migratieachtergrond": 0.24, "beperking": 0.4, "alleenstaanden": 0.45,
        ],
        2024: [
            "ouderen": 0.96, "mantelzorgers": 0.72, "jongeren": 0.6, "migratieachtergrond": 0.37, "beperking": 0.42, "alleenstaanden": 0.47,
        ],
    ]
    static let otherMembers: [String: Double] = [
        "ondernemers": 0.45, "onderwijs": 0.38, "levensbeschouwelijk": 0.5, "sport_cultuur": 0.42, "woningcorporatie": 0.55,
    ]

    static func responses(
        year: Int, questionnaire: Questionnaire, respondents: [MunicipalityCode],
        coalition: (MunicipalityCode) -> Bool, exact: [String: Int],
        random: inout SeededGenerator
    ) -> [BenchmarkResponse] {
        var answers: [MunicipalityCode: [String: String]] = Dictionary(uniqueKeysWithValues: respondents.map { ($0, [:]) })
        let probabilities = Self.probabilities[year] ?? [:]
        for question in questionnaire.questions where question.type == .yesNo || question.type == .likert {
            let positives: Set<MunicipalityCode>
            if question.id == "p2_lokale_coalitie" {
                positives = Set(respondents.filter(coalition))
            } else if let count = exact[question.id] {
                positives = Set(random.pick(count, from: respondents))
            } else {
                let p = probabilities[question.id] ?? 0.5
                positives = Set(respondents.filter { _ in random.chance(p) })
            }
            for code in respondents {
                answers[code]![question.id] =
                    question.type == .likert
                    ? String(positives.contains(code) ? Int.random(in: 4...5, using: &random) : Int.random(in: 1...3, using: &random))
                    : (positives.contains(code) ? "ja" : "nee")
            }
        }
        for code in respondents {
            answers[code]!["p1_beleid_vastgelegd"] = ["eigen_plan", "breder_beleid", "breder_beleid", "in_voorbereiding", "niet"]
                .randomElement(using: &random)!
            let groups = (targetGroups[year] ?? [:]).sorted { $0.key < $1.key }.filter { random.chance($0.value) }.map(\.key)
            answers[code]!["p3_doelgroepen"] = orderedChoices(groups, question: questionnaire.question("p3_doelgroepen"))
        }
        fillCoalitionMembers(
            &answers, respondents: respondents.filter(coalition), year: year,
            questionnaire: questionnaire, random: &random)
        return respondents.map { code in
            let known = Set(questionnaire.questions.map(\.id))
            return BenchmarkResponse(year: year, municipality: code, answers: answers[code]!.filter { known.contains($0.key) })
        }
    }

    /// Coalition members and size, only for respondents that have a coalition (routing).
    private static func fillCoalitionMembers(
        _ answers: inout [MunicipalityCode: [String: String]], respondents: [MunicipalityCode],
        year: Int, questionnaire: Questionnaire, random: inout SeededGenerator
    ) {
        var chosen: [MunicipalityCode: [String]] = Dictionary(uniqueKeysWithValues: respondents.map { ($0, []) })
        let exact = year == 2024 ? DemoTargets.coalitionMembers2024 : ["zorg_welzijn": respondents.count]
        for (option, count) in exact.sorted(by: { $0.key < $1.key }) {
            for code in random.pick(count, from: respondents) { chosen[code]!.append(option) }
        }
        let libraryShare = year == 2024 ? nil : Optional(0.82)
        let residentShare = year == 2024 ? nil : Optional(0.8)
        for code in respondents {
            if let libraryShare, random.chance(libraryShare) { chosen[code]!.append("bibliotheek") }
            if let residentShare, random.chance(residentShare) { chosen[code]!.append("inwoners") }
            for (option, p) in otherMembers.sorted(by: { $0.key < $1.key }) where random.chance(p) { chosen[code]!.append(option) }
            answers[code]!["p2_coalitie_partners"] = orderedChoices(chosen[code]!, question: questionnaire.question("p2_coalitie_partners"))
            answers[code]!["p2_aantal_partners"] = String(Int.random(in: 4...90, using: &random))
        }
    }

    private static func orderedChoices(_ codes: [String], question: Question?) -> String {
        (question?.options.map(\.code) ?? codes.sorted()).filter(codes.contains).joined(separator: "|")
    }
}
