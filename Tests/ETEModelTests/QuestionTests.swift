import ETEModel
import Testing

@Suite("Benchmark questions")
struct QuestionTests {
    let yesNo = Question(id: "q1", text: "?", label: "q1", pillar: .governanceCommitment, type: .yesNo, countedAnswers: ["ja"])
    let choice = Question(
        id: "q2", text: "?", label: "q2", pillar: .strongNetwork, type: .multipleChoice,
        options: [AnswerOption(code: "bibliotheek", text: "Bibliotheken"), AnswerOption(code: "inwoners", text: "Betrokken inwoners")])
    let likert = Question(
        id: "q3", text: "?", label: "q3", pillar: .involveLonelyPeople, type: .likert,
        options: (1...5).map { AnswerOption(code: String($0), text: "punt \($0)") }, countedAnswers: ["4", "5"])
    let number = Question(id: "q4", text: "?", label: "q4", pillar: .strongNetwork, type: .number, minimum: 1, maximum: 100)

    @Test func yesNoAnswers() throws {
        for text in ["ja", "Ja", "J", "1", "yes", "waar"] { #expect(try yesNo.parseAnswer(text).get() == .yesNo(true)) }
        for text in ["nee", "N", "0", "no"] { #expect(try yesNo.parseAnswer(text).get() == .yesNo(false)) }
        #expect(throws: AnswerProblem(expected: "ja of nee")) { try yesNo.parseAnswer("misschien").get() }
        #expect(yesNo.counts("ja") && !yesNo.counts("nee"))
    }

    @Test func choiceAnswersByCodeOrText() throws {
        #expect(try choice.parseAnswer("inwoners|Bibliotheken").get().canonical == "bibliotheek|inwoners")
        #expect(try choice.parseAnswer("").get() == .choices([]))
        #expect(throws: AnswerProblem.self) { try choice.parseAnswer("bibliotheek|kerk").get() }
    }

    @Test func likertAndNumberRanges() throws {
        #expect(try likert.parseAnswer("4").get() == .likert(4))
        #expect(
            throws: AnswerProblem(
                expected: "een geheel getal van 1 tot en met 5 of de tekst van een antwoord (punt 1, punt 2, punt 3, punt 4, punt 5)")
        ) {
            try likert.parseAnswer("7").get()
        }
        #expect(try likert.parseAnswer("PUNT 2").get() == .likert(2))
        #expect(try number.parseAnswer("12,0").get().canonical == "12")
        #expect(try number.parseAnswer("12,5").get().canonical == "12.5")
        #expect(throws: AnswerProblem(expected: "een getal van 1 tot en met 100")) { try number.parseAnswer("101").get() }
    }

    @Test func definitionProblems() {
        let broken = Questionnaire(
            year: 2024, title: "t",
            questions: [
                yesNo, yesNo,
                Question(
                    id: "q5", text: "?", label: "q5", pillar: .monitorAndEvaluate, type: .yesNo, countedAnswers: ["misschien"],
                    askedIf: AskCondition(questionID: "bestaat-niet", answers: ["ja"])),
            ])
        let problems = broken.definitionProblems()
        #expect(problems.contains("vraag \"q1\" komt twee keer voor"))
        #expect(problems.contains("vraag \"q5\": positief antwoord \"misschien\" is geen mogelijk antwoord"))
        #expect(problems.contains("vraag \"q5\": voorwaarde verwijst naar onbekende vraag \"bestaat-niet\""))
        #expect(Questionnaire(year: 2024, title: "t", questions: [yesNo, choice, likert, number]).definitionProblems().isEmpty)
    }

    @Test func pillarNames() {
        #expect(
            Pillar.allCases.map(\.dutchName) == [
                "Bestuurlijk commitment", "Creëer een sterk netwerk",
                "Betrek mensen met gevoelens van eenzaamheid zelf", "Duurzame aanpak",
                "Monitoren en evalueren",
            ])
        #expect(ActionLine.programmeLines.valid(in: 2021).map(\.id) == ["2018-1", "2018-2"])
        #expect(ActionLine.programmeLines.valid(in: 2025).map(\.id) == ["2022-1", "2022-2", "2022-3"])
        #expect(ActionLine.programmeLines.valid(in: 2026).isEmpty)
        #expect(
            ActionLine(number: 1, title: "a", firstYear: 2022, lastYear: 2025).overlaps(ActionLine(number: 1, title: "b", firstYear: 2025)))
        #expect(
            !ActionLine(number: 1, title: "a", firstYear: 2022, lastYear: 2025).overlaps(ActionLine(number: 1, title: "b", firstYear: 2026))
        )
        #expect(
            WeekEdition(year: 2024, startDate: Day(year: 2024, month: 9, day: 26)!, endDate: Day(year: 2024, month: 10, day: 2)!)
                .editionNumber == 15)
    }
}
