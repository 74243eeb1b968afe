import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Issue "lokale enquêtes": a municipality's residents' survey with the De Jong Gierveld scale
/// loads in one transaction, in the three- or five-point form, and is refused with located errors.
@Suite("Residents' loneliness survey import")
struct LonelinessSurveyImportTests {
    static let header = "respondent;" + (1...11).map { "item_\($0)" }.joined(separator: ";") + ";gewicht\n"

    @Test func answersInBothFormsAndWeightsAreStored() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let file = Self.header + "R1;ja;nee!;nee;ja!;nee;nee;ja;ja;nee;nee;ja;1,5\n" + "R2;nee;ja;min of meer;;ja;ja;nee;nee;ja;ja;nee;\n"
        let summary = try scratch.importText(.lonelinessSurvey, file, name: "enquete.csv", year: 2024, municipality: "Zwolle", into: store)
        #expect(summary.rows == 2)
        let stored = try store.read { try $0.lonelinessSurvey(municipality: MunicipalityCode("GM0193")!, year: 2024) }
        #expect(stored.map(\.respondent) == ["R1", "R2"])
        #expect(stored[0].answers[2] == .no && stored[0].answers[4] == .yes && stored[0].weight == 1.5)
        #expect(stored[1].answers[4] == nil && stored[1].answers[3] == .moreOrLess && stored[1].weight == 1)
        // A second import of the same municipality and year replaces the first.
        let again = try scratch.importText(
            .lonelinessSurvey, Self.header + "R9;ja;nee;nee;ja;nee;nee;ja;ja;nee;nee;ja;1\n", name: "enquete.csv", year: 2024,
            municipality: "GM0193", into: store)
        #expect(again.notes.contains("2 eerdere antwoorden van Zwolle over 2024 vervangen"))
        #expect(
            try store.read { try $0.lonelinessSurvey(municipality: MunicipalityCode("GM0193")!, year: 2024) }.map(\.respondent) == ["R9"])
    }

    @Test func theExampleLoads() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let example = try String(contentsOf: RepositoryPaths.examples.appendingPathComponent("eenzaamheidsschaal.csv"), encoding: .utf8)
        #expect(
            try scratch.importText(
                .lonelinessSurvey, example, name: "eenzaamheidsschaal.csv", year: 2024, municipality: "Zwolle", into: store
            ).rows == 40)
        let stored = try store.read { try $0.lonelinessSurvey(municipality: MunicipalityCode("GM0193")!, year: 2024) }
        #expect(stored.count == 40 && stored.contains { $0.answers.count == 10 } && Set(stored.map(\.weight)).count > 1)
    }

    @Test func badFilesAreRefusedWithEveryPlaceAndNothingWritten() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let file = Self.header + "R1;ja;nee;misschien;ja;nee;nee;ja;ja;nee;nee;ja;1\n" + "R1;ja;nee;nee;ja;nee;nee;ja;ja;nee;nee;ja;0\n"
        let issues = try scratch.refusedImport(
            .lonelinessSurvey, file, name: "enquete.csv", year: 2024, municipality: "Zwolle", into: store)
        #expect(issues.contains { $0.hasPrefix("enquete.csv:2:4:") && $0.contains("onbekend antwoord \"misschien\" bij uitspraak 3") })
        #expect(issues.contains { $0.hasPrefix("enquete.csv:3:1:") && $0.contains("respondent R1 staat ook op regel 2") })
        #expect(issues.contains { $0.hasPrefix("enquete.csv:3:13:") })
        let missingColumn =
            "respondent;" + (1...10).map { "item_\($0)" }.joined(separator: ";") + "\nR1;ja;nee;nee;ja;nee;nee;ja;ja;nee;nee\n"
        let columnIssues = try scratch.refusedImport(
            .lonelinessSurvey, missingColumn, name: "enquete.csv", year: 2024, municipality: "Zwolle", into: store)
        #expect(columnIssues.contains { $0.contains("item_11") })
        let unknown = try scratch.refusedImport(
            .lonelinessSurvey, file, name: "enquete.csv", year: 2024, municipality: "Zwole", into: store)
        #expect(unknown.contains { $0.contains("--municipality") && $0.contains("bedoelde u \"Zwolle\"") })
        let noMunicipality = try scratch.refusedImport(.lonelinessSurvey, file, name: "enquete.csv", year: 2024, into: store)
        #expect(noMunicipality.contains { $0.contains("geef de gemeente op met --municipality") })
    }
}
