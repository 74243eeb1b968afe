import ETEAnalysis
import ETEDemo
import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// What `ete check` finds across tables that one import cannot see.
@Suite("Consistency check")
struct ConsistencyCheckTests {
    @Test func questionnaireChangeThatInvalidatesAnswersIsAnError() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        // A staff member narrows the Likert scale to three points after the answers came in.
        var yaml = try String(contentsOf: RepositoryPaths.templates.appendingPathComponent("benchmark/2024.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(
            of: "      - {code: \"4\", tekst: Een grote uitdaging}\n      - {code: \"5\", tekst: Een zeer grote uitdaging}\n", with: "")
        yaml = yaml.replacingOccurrences(of: "positief: [\"4\", \"5\"]", with: "positief: [\"3\"]")
        let file = try scratch.write(yaml, to: "2024.yaml")
        _ = try Importer.run(ImportRequest(kind: .questionnaire, file: file), into: store)
        let findings = try ConsistencyChecker.check(store, year: 2024)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.count == 88)
        #expect(errors.first?.message.contains("past niet bij de vragenlijst; verwacht een geheel getal van 1 tot en met 3") == true)
    }

    @Test func coalitionAnswerWithoutStoredCoalitionIsAWarning() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let file = try scratch.write("gemeente;p2_lokale_coalitie\nLeiden;ja\n", to: "antwoorden.csv")
        _ = try Importer.run(
            ImportRequest(kind: .benchmark, file: file, year: 2024, templatesDirectory: RepositoryPaths.templates), into: store)
        let findings = try ConsistencyChecker.check(store)
        #expect(
            findings.map(\.description) == [
                "waarschuwing: benchmark 2024, Leiden: meldt een lokale coalitie, maar in de gemeentegegevens staat er geen (importeer 'gemeenten' met lokale_coalitie_sinds)"
            ])
    }

    /// The check finds the coalition question through the questionnaire (`gegeven:`), not by its id.
    @Test func coalitionQuestionComesFromTheQuestionnaire() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let yaml = """
            jaar: 2030
            titel: Benchmark 2030
            vragen:
              - id: netwerk_opgezet
                pijler: 2
                type: ja_nee
                gegeven: lokale_coalitie
                tekst: Is er een lokaal netwerk tegen eenzaamheid?
            """
        _ = try Importer.run(ImportRequest(kind: .questionnaire, file: try scratch.write(yaml, to: "2030.yaml")), into: store)
        let answers = try scratch.write("gemeente;netwerk_opgezet\nLeiden;ja\nDelft;nee\n", to: "antwoorden.csv")
        _ = try Importer.run(ImportRequest(kind: .benchmark, file: answers, year: 2030), into: store)
        #expect(
            try ConsistencyChecker.check(store).map(\.description)
                == [
                    "waarschuwing: benchmark 2030, Leiden: meldt een lokale coalitie, maar in de gemeentegegevens staat er geen (importeer 'gemeenten' met lokale_coalitie_sinds)"
                ])

        let unknown = yaml.replacingOccurrences(of: "gegeven: lokale_coalitie", with: "gegeven: coalitie")
        let issues = try scratch.refusedImport(
            .questionnaire, unknown.replacingOccurrences(of: "2030", with: "2031"), name: "2031.yaml", into: store)
        #expect(
            issues.contains { $0.contains("2031.yaml:7:") && $0.contains("onbekend gegeven \"coalitie\"; verwacht lokale_coalitie") },
            "\(issues)")
    }
}
