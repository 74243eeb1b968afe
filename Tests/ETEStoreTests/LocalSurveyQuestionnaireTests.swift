import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Issue "lokale enquêtes": the Stappenplan questionnaire is data: every question of Bijlage 1,
/// with the statement scale, "Anders, namelijk" texts and the routing of question 5.
@Suite("Stappenplan questionnaire")
struct LocalSurveyQuestionnaireTests {
    static let zwolle = MunicipalityCode("GM0193")!

    @Test func everyQuestionOfBijlage1() throws {
        let questionnaire = try LocalSurveyQuestionnaireFile.load(templates: RepositoryPaths.templates, municipality: Self.zwolle)
        #expect(
            questionnaire.questions.map(\.number) == [
                "1", "2", "3", "4a", "4b", "4c", "4d", "4e", "4f", "4g", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                "15 (toelichting)", "16", "17", "18", "19", "20", "21", "V-1", "V-2",
            ])
        #expect(Set(questionnaire.questions.map(\.part)) == ["I", "II", "III", "IV", "V"])
        let statement = try #require(questionnaire.question("meer_aandacht"))
        #expect(statement.type == .statement)
        #expect(statement.options.map(\.text).last == "weet niet / geen mening" && statement.options.count == 6)
        #expect(try #require(questionnaire.question("categorie")).options.count == 16)
        #expect(try #require(questionnaire.question("categorie")).options.last?.takesText == true)
        // Question 5: "Nee" goes on to 6, "Ja" and "Weet ik niet" to 7.
        #expect(questionnaire.question("reden_geen_beleid")?.askedWhen == AskCondition(questionID: "beleid", answers: ["nee"]))
        #expect(questionnaire.question("inhoud_beleid")?.askedWhen == AskCondition(questionID: "beleid", answers: ["ja", "weet_niet"]))
        #expect(questionnaire.question("rol_gemeente_wens")?.options.count == 10)
        #expect(questionnaire.question("opmerkingen")?.type == .open)
    }

    /// A municipality's own copy with an added statement is used for that municipality only.
    @Test func aMunicipalityCanAddAStatement() throws {
        let templates = try Scratch().url("templates")
        try FileManager.default.copyItem(at: RepositoryPaths.templates, to: templates)
        let standard = try String(contentsOf: templates.appendingPathComponent("stappenplan/vragenlijst.yaml"), encoding: .utf8)
        let added = standard.replacingOccurrences(
            of: "\n  # III. Beleid van uw organisatie",
            with:
                "\n  - {id: buurthuis, nummer: 4h, deel: II, type: stelling, tekst: Het buurthuis helpt tegen eenzaamheid.}\n\n  # III. Beleid van uw organisatie"
        )
        try added.write(to: templates.appendingPathComponent("stappenplan/GM0193.yaml"), atomically: true, encoding: .utf8)
        let own = try LocalSurveyQuestionnaireFile.load(templates: templates, municipality: Self.zwolle)
        #expect(own.question("buurthuis")?.options.count == 6)
        let other = try LocalSurveyQuestionnaireFile.load(templates: templates, municipality: MunicipalityCode("GM0363")!)
        #expect(other.question("buurthuis") == nil)
    }

    @Test func mistakesInTheFileAreLocated() throws {
        let text = """
            titel: test
            bron: test
            stellingschaal: [{code: eens, tekst: eens}]
            vragen:
              - {id: beleid, nummer: "5", deel: III, type: enkelvoudig, tekst: Beleid?, opties: [{code: ja, tekst: Ja}]}
              - {id: reden, nummer: "6", deel: III, type: enkelvoudig, tekst: Waarom?, alleen_als: {vraag: beleid, antwoord: [nee]}, opties: [{code: a, tekst: A}]}
              - {id: later, nummer: "7", deel: III, type: keuze, tekst: Wat?}
              - {id: beleid, nummer: "8", deel: III, type: open, tekst: Nog eens?}
            """
        do {
            _ = try LocalSurveyQuestionnaireFile.parse(text, fileName: "vragenlijst.yaml")
            Issue.record("accepted")
        } catch let failure as ImportFailure {
            let messages = failure.issues.map(\.description)
            #expect(messages.contains { $0.hasPrefix("vragenlijst.yaml:6") && $0.contains("\"nee\" is geen antwoord op vraag 5") })
            #expect(messages.contains { $0.hasPrefix("vragenlijst.yaml:7") && $0.contains("onbekend vraagtype \"keuze\"") })
            #expect(messages.contains { $0.hasPrefix("vragenlijst.yaml:8") && $0.contains("vraag-id \"beleid\" staat er al") })
        }
    }
}
