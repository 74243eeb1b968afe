import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Issue "lokale enquêtes": a Stappenplan export loads in one transaction (codes or texts, ids or
/// numbers as headers, "namelijk" texts), and a bad file is refused with every place and nothing written.
@Suite("Stappenplan survey import")
struct LocalSurveyImportTests {
    static let zwolle = MunicipalityCode("GM0193")!

    static var example: String {
        get throws { try String(contentsOf: RepositoryPaths.examples.appendingPathComponent("stappenplan.csv"), encoding: .utf8) }
    }

    @Test func theExampleLoadsWithCodesTextsAndRemarks() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let summary = try scratch.importText(
            .localSurvey, try Self.example, name: "stappenplan.csv", year: 2024, municipality: "Zwolle", invited: 10, into: store)
        #expect(summary.rows == 3)
        let survey = try #require(try store.read { try $0.localSurvey(municipality: Self.zwolle, year: 2024) })
        #expect(survey.invited == 10 && survey.questionnaire == "vragenlijst.yaml")
        #expect(survey.respondents.count == 3)
        let first = survey.respondents[0]
        #expect(first["meer_aandacht"]?.values == ["helemaal_eens"])
        #expect(first["inhoud_beleid"]?.values == ["signaleren", "huisbezoeken"])
        #expect(first["protocol"] == LocalSurvey.Answer(values: ["ja"], remark: "Vaste route via het wijkteam"))
        #expect(first["organisatie"]?.values == ["Voorbeeldwelzijn (fictief)"])
        #expect(survey.respondents[1]["eigen_beleid_nodig"]?.values == ["neutraal"])
        #expect(survey.respondents[2]["categorie"] == LocalSurvey.Answer(values: ["anders"], remark: "Dagbesteding"))
        #expect(survey.respondents[2]["reden_geen_beleid"] == nil)
    }

    @Test func aBadFileIsRefusedWithEveryPlace() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        var lines = try Self.example.components(separatedBy: "\n")
        lines[0] = lines[0].replacingOccurrences(of: ";4g;", with: ";4h;")
        lines[1] = lines[1].replacingOccurrences(of: ";Ja;;signaleren|huisbezoeken;", with: ";Ja;geen_tijd;signaleren|huisbezoeken;")
        lines[2] = lines[2].replacingOccurrences(of: ";vrijwilliger;eens;", with: ";vrijwilliger;beetje;")
        lines[3] = lines[3].replacingOccurrences(of: ";professional;", with: ";professional|vrijwilliger;")
        let issues = try scratch.refusedImport(
            .localSurvey, lines.joined(separator: "\n"), name: "stappenplan.csv", year: 2024, municipality: "Zwolle", into: store)
        #expect(issues.contains { $0.hasPrefix("stappenplan.csv:1:12:") && $0.contains("onbekende kolom \"4h\"") })
        #expect(
            issues.contains {
                $0.hasPrefix("stappenplan.csv:2:14:")
                    && $0.contains("vraag 6 is beantwoord, maar wordt alleen gesteld bij \"Nee\" op vraag 5")
            })
        #expect(issues.contains { $0.hasPrefix("stappenplan.csv:3:6:") && $0.contains("onbekend antwoord \"beetje\" op vraag 4a") })
        #expect(issues.contains { $0.hasPrefix("stappenplan.csv:4:5:") && $0.contains("meerdere kan alleen bij een meerkeuzevraag") })
        #expect(try store.read { try $0.localSurvey(municipality: Self.zwolle, year: 2024) } == nil)
        let tooFew = try scratch.refusedImport(
            .localSurvey, try Self.example, name: "stappenplan.csv", year: 2024, municipality: "Zwolle", invited: 2, into: store)
        #expect(tooFew.contains { $0.contains("--uitgenodigd is 2, maar het bestand heeft 3 respondenten") })
    }
}
