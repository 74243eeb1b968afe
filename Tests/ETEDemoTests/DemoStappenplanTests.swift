import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// The demo's Stappenplan survey is a survey a user could have imported: written out as a
/// survey tool would export it, the real importer takes it whole (every code an option of the
/// questionnaire, every routed question asked only when it should be).
@Suite("Demo Stappenplan survey")
struct DemoStappenplanTests {
    @Test func theDemoSurveyPassesTheImportChecks() throws {
        let zutphen = MunicipalityCode("GM0301")!
        let survey = try #require(try SharedDemo.store.read { try $0.localSurvey(municipality: zutphen, year: 2024) })
        #expect(survey.respondents.count == 54 && survey.invited == 120)
        let questionnaire = try LocalSurveyQuestionnaireFile.load(templates: RepositoryPaths.templates, named: survey.questionnaire)
        var columns: [String] = []
        for question in questionnaire.questions {
            columns.append(question.id)
            if question.options.contains(where: \.takesText) { columns.append("\(question.id)_namelijk") }
        }
        let rows = survey.respondents.map { answers in
            columns.map { column -> String in
                if column.hasSuffix("_namelijk") { return answers[String(column.dropLast(9))]?.remark ?? "" }
                return answers[column]?.values.joined(separator: "|") ?? ""
            }.joined(separator: ";")
        }
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let summary = try scratch.importText(
            .localSurvey, ([columns.joined(separator: ";")] + rows).joined(separator: "\n"), name: "demo.csv", year: 2024,
            municipality: "Zutphen", invited: 120, into: store)
        #expect(summary.rows == 54)
        #expect(try store.read { try $0.localSurvey(municipality: zutphen, year: 2024) } == survey)
    }
}
