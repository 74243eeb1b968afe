import ETEAnalysis
import ETEModel
import ETEStore
import ETEWorkbench
import Foundation
import TestSupport
import Testing

/// Rules kept as data outlive the questionnaire they were written for: a store whose only
/// questionnaire (2025) no longer asks p4_regiobijeenkomst still gets every factsheet, with a
/// note naming the rule's place, and `ete check` lists the rule.
@Suite("Rules that outlive a questionnaire")
struct RulesOutliveQuestionnaireTests {
    static func storeWithout2024Questionnaire(in scratch: Scratch) throws -> Store {
        let demo = SharedDemo.store
        let store = try scratch.newStore()
        var yaml = try MergerScenario.questionnaire2025()
        let start = try #require(yaml.range(of: "  - id: p4_regiobijeenkomst\n"))
        let end = try #require(yaml.range(of: "  - id: p4_integraal\n"))
        yaml.removeSubrange(start.lowerBound..<end.lowerBound)
        try scratch.importText(.questionnaire, yaml, name: "2025.yaml", into: store)
        let answers = try MergerScenario.benchmark2025(from: demo)
        let lines = answers.split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let dropped = try #require(lines[0].firstIndex(of: "p4_regiobijeenkomst"))
        let kept = lines.map { fields in fields.enumerated().filter { $0.offset != dropped }.map(\.element).joined(separator: ";") }
        // The merger's new municipality is not in this store: leave its row out.
        let text = kept.filter { !$0.hasPrefix(MergerScenario.newCode.rawValue) }.joined(separator: "\n") + "\n"
        try scratch.importText(.benchmark, text, name: "benchmark-2025.csv", year: 2025, into: store)
        return store
    }

    @Test func everyFactsheetIsWrittenWithANoteAboutTheRule() throws {
        let scratch = try Scratch()
        let store = try Self.storeWithout2024Questionnaire(in: scratch)
        #expect(try store.read { try $0.questionnaireYears() } == [2025])
        let written = try WriteFactsheets(
            year: 2025, store: store, templates: RepositoryPaths.templates, outputFolder: scratch.url("uit")
        ).write(selection: .all, pdf: false)
        #expect(written.files.count == 2 * 342)
        let suggestions = try String(
            contentsOf: RepositoryPaths.templates.appendingPathComponent("factsheet/suggesties.yaml"), encoding: .utf8)
        let line =
            try #require(
                suggestions.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains("als: [{vraag: p4_regiobijeenkomst")
                }) + 1
        #expect(
            written.notes.contains {
                $0.hasPrefix("templates/factsheet/suggesties.yaml:\(line):")
                    && $0.contains("vraag \"p4_regiobijeenkomst\" staat in geen vragenlijst in de database")
            }, "\(written.notes)")
        let findings = try ConsistencyChecker.check(store, templatesFolder: RepositoryPaths.templates)
        #expect(findings.allSatisfy { $0.severity == .warning }, "\(findings)")
        #expect(findings.contains { $0.message.hasPrefix("regel: templates/factsheet/suggesties.yaml:\(line):") })
    }

    @Test func aMisspeltQuestionIsANoteWithASuggestionNotARefusal() throws {
        let notes = RuleNotes()
        let questionnaires = try SharedDemo.store.read { try $0.questionnaires() }
        let rules = try SuggestionFile.parse(
            """
            suggesties:
              - pijler: 1
                tekst: Zorg voor budget.
                als: [{vraag: p1_structureel_budgett, antwoord: [nee]}]
            """, fileName: "suggesties.yaml", questionnaires: questionnaires, notes: notes)
        #expect(rules.count == 1)
        #expect(notes.all.count == 1)
        #expect(notes.all.first?.hasPrefix("suggesties.yaml:4:") == true)
        #expect(notes.all.first?.contains("bedoelde u p1_structureel_budget?") == true)
    }
}
