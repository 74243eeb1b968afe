import ETEAnalysis
import ETEModel
import Testing

/// The Stappenplan counts: the base is who answered, groups below the minimum are pooled so no
/// small group can be derived, and open answers lose the writer's organisation.
@Suite("Stappenplan survey counts")
struct LocalSurveyResultTests {
    static let questionnaire = LocalSurveyQuestionnaire(
        title: "test", source: "test",
        questions: [
            .init(id: "organisatie", number: "1", part: "I", type: .open, text: "Naam?"),
            .init(
                id: "categorie", number: "2", part: "I", type: .singleChoice, text: "Soort?",
                options: ["a", "b", "c", "d"].map { .init(code: $0, text: $0.uppercased()) }
                    + [.init(code: "anders", text: "Anders, namelijk", takesText: true)]),
            .init(
                id: "beleid", number: "5", part: "III", type: .singleChoice, text: "Beleid?",
                options: [.init(code: "ja", text: "Ja"), .init(code: "nee", text: "Nee")]),
            .init(
                id: "reden", number: "6", part: "III", type: .singleChoice, text: "Reden?",
                options: [.init(code: "tijd", text: "Tijd"), .init(code: "anders", text: "Anders, namelijk", takesText: true)],
                askedWhen: AskCondition(questionID: "beleid", answers: ["nee"])),
            .init(id: "signalen", number: "11", part: "III", type: .open, text: "Welke signalen?"),
        ])

    static func survey(_ respondents: [[String: LocalSurvey.Answer]], invited: Int? = nil) -> LocalSurveyResult {
        LocalSurveyResult(
            survey: LocalSurvey(
                municipality: MunicipalityCode("GM0193")!, year: 2024, invited: invited, questionnaire: "t.yaml", respondents: respondents),
            questionnaire: questionnaire)
    }

    static func kinds(_ sizes: [String: Int]) -> LocalSurveyResult {
        survey(
            sizes.sorted { $0.key < $1.key }.flatMap { kind, size in Array(repeating: ["categorie": .init(values: [kind])], count: size) })
    }

    @Test func aShareIsOfThoseWhoAnswered() throws {
        let result = Self.survey(
            [
                ["beleid": .init(values: ["nee"]), "reden": .init(values: ["tijd"])],
                ["beleid": .init(values: ["nee"]), "reden": .init(values: ["anders"], remark: "Geen taak")],
                ["beleid": .init(values: ["ja"])],
                [:],
            ], invited: 8)
        #expect(result.responseRate == 50)
        #expect(result.share("beleid", answering: ["ja"]) == .init(count: 1, base: 3))
        #expect(result.share("reden", answering: ["tijd"]) == .init(count: 1, base: 2))
        #expect(result.share("onbekend", answering: ["ja"]) == nil)
        #expect(result.optionShares("reden").map(\.option.code) == ["tijd", "anders"])
    }

    @Test func groupsBelowTheMinimumArePooled() {
        let groups = LocalSurveyGroups(Self.kinds(["a": 12, "b": 8, "c": 4, "d": 2])).groups
        #expect(groups.map(\.name) == ["A", "B", LocalSurveyGroups.pooledName])
        #expect(groups.map(\.members.count) == [12, 8, 6])
    }

    /// "Anders, namelijk" is no kind of organisation, however many chose it: it goes to the pool, named for it.
    @Test func otherIsPooledAndTheGroupSaysSo() {
        let groups = LocalSurveyGroups(Self.kinds(["a": 12, "b": 8, "anders": 6])).groups
        #expect(groups.map(\.name) == ["A", "B", LocalSurveyGroups.pooledWithOtherName])
        #expect(groups.map(\.members.count) == [12, 8, 6])
        #expect(!groups.contains { $0.name.hasPrefix("Anders") })
    }

    /// A pool of 1 to 5 would be the total minus the shown groups: the smallest shown group joins it.
    @Test func aTooSmallPoolTakesTheSmallestShownGroup() {
        let groups = LocalSurveyGroups(Self.kinds(["a": 12, "b": 7, "c": 6, "d": 2])).groups
        #expect(groups.map(\.name) == ["A", "B", LocalSurveyGroups.pooledName])
        #expect(groups.map(\.members.count) == [12, 7, 8])
        #expect(LocalSurveyGroups(Self.kinds(["a": 7, "d": 3])).groups.isEmpty)
        #expect(LocalSurveyGroups(Self.kinds(["a": 7, "b": 2, "c": 2])).groups.isEmpty)
    }

    /// A survey of two participants, or a share with fewer than two on a side, shows no percentage.
    @Test func theRuleHoldsForTheWholeSurvey() {
        let tiny = Self.survey([["beleid": .init(values: ["ja"])], ["beleid": .init(values: ["nee"])]])
        #expect(tiny.share("beleid", answering: ["ja"])?.percentage == nil)
        let lopsided = Self.survey(
            (0..<9).map { _ in ["beleid": .init(values: ["ja"])] } + [["beleid": .init(values: ["nee"])]])
        #expect(lopsided.share("beleid", answering: ["ja"])?.percentage == nil)
        let mixed = Self.survey((0..<10).map { ["beleid": .init(values: [$0 < 4 ? "ja" : "nee"])] })
        #expect(mixed.share("beleid", answering: ["ja"])?.percentage == 40)
    }

    /// Each group's share follows the disclosure rule, and never exactly one group is withheld
    /// (the overall share minus the others would give it back).
    @Test func groupSharesAreWithheldAsAPartition() {
        // Group A: 7 of 7 agree (all: withheld); B: 3 of 8; C: 4 of 9.
        var respondents: [[String: LocalSurvey.Answer]] = []
        for (kind, size, yes) in [("a", 7, 7), ("b", 8, 3), ("c", 9, 4)] {
            for index in 0..<size {
                respondents.append(["categorie": .init(values: [kind]), "beleid": .init(values: [index < yes ? "ja" : "nee"])])
            }
        }
        let result = Self.survey(respondents)
        let grouping = LocalSurveyGroups(result)
        let shares = grouping.shares(result, "beleid", answering: ["ja"])
        #expect(grouping.groups.map(\.name) == ["C", "B", "A"])
        #expect(shares.map { $0 == nil } == [false, true, true])
        #expect(result.share("beleid", answering: ["ja"], among: grouping.groups[2].members)?.percentage == nil)
    }

    @Test func openAnswersAreSortedAndLoseTheWritersOrganisation() {
        let result = Self.survey([
            ["organisatie": .init(values: ["De Linde"]), "signalen": .init(values: ["Bij de linde zien we stille bewoners."])],
            ["organisatie": .init(values: ["Welzijn Oost"]), "signalen": .init(values: ["Afzeggingen. De Linde merkt dat ook."])],
            ["beleid": .init(values: ["nee"]), "reden": .init(values: ["anders"], remark: "Geen taak")],
        ])
        let groups = LocalSurveyOpenAnswers(result).groups
        // In the questionnaire's order; within a question alphabetical, whoever wrote first.
        #expect(groups.map(\.heading) == ["Vraag 6, toelichting bij \u{201C}Anders, namelijk\u{201D}", "Vraag 11. Welke signalen?"])
        #expect(groups[0].answers == ["Geen taak"])
        #expect(
            groups[1].answers == [
                "Afzeggingen. De Linde merkt dat ook.", "Bij \(LocalSurveyOpenAnswers.nameMask) zien we stille bewoners.",
            ])
        #expect(!groups.contains { $0.heading.hasPrefix("Vraag 1.") })
    }

    /// The own name is masked whatever its spelling: case, accents, spaces, hyphens and punctuation.
    @Test(arguments: [
        ("De Kerk-aan-de-IJssel", "Wij, de kerk aan de Ijssel, zien veel.", "Wij, [eigen organisatie], zien veel."),
        ("Thuiszorg  Oost", "Thuiszorg Oost belt wekelijks.", "[eigen organisatie] belt wekelijks."),
        ("Thuiszorg Oost", "Bij thuiszorg-oost en bij THUISZORG OOST.", "Bij [eigen organisatie] en bij [eigen organisatie]."),
        ("Stichting Sámen", "stichting samen doet mee", "[eigen organisatie] doet mee"),
        ("De Linde", "Een lindeboom.", "Een lindeboom."),
    ])
    func theOwnNameIsMaskedInAnySpelling(_ name: String, _ text: String, _ expected: String) {
        let result = Self.survey([["organisatie": .init(values: [name]), "signalen": .init(values: [text])]])
        #expect(LocalSurveyOpenAnswers(result).groups.first?.answers == [expected])
    }
}
