import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// The staff text of a local factsheet: read from YAML with every problem located, stored whole
/// or not at all.
@Suite("Stappenplan staff text import")
struct LocalSurveyTextImportTests {
    static let text = """
        bijeenkomst: 2025-03-27
        aanleiding: |
          Eerste alinea,
          over twee regels.

          Tweede alinea.
        samenvatting: Kort samengevat.
        fictief: nee
        """

    @Test func aTextIsStoredWithItsParagraphs() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let summary = try scratch.importText(
            .localSurveyText, Self.text, name: "tekst.yaml", year: 2024, municipality: "Zwolle", into: store)
        #expect(summary.notes.contains { $0.contains("nog geen enquêteantwoorden van Zwolle over 2024") })
        let stored = try #require(try store.read { try $0.localSurveyText(municipality: MunicipalityCode("GM0193")!, year: 2024) })
        #expect(stored.meetingDate == Day(year: 2025, month: 3, day: 27))
        #expect(stored.introduction == ["Eerste alinea, over twee regels.", "Tweede alinea."])
        #expect(stored.summary == ["Kort samengevat."])
        #expect(!stored.fictitious)
    }

    @Test func aBadTextIsRefusedWithEveryPlace() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let bad = """
            bijeenkomst: 27 maart
            samenvating: typefout
            fictief: misschien
            """
        let issues = try scratch.refusedImport(.localSurveyText, bad, name: "tekst.yaml", year: 2024, municipality: "Zwolle", into: store)
        #expect(issues.contains { $0.hasPrefix("tekst.yaml:1:") && $0.contains("\"27 maart\" is geen datum") })
        #expect(issues.contains { $0.hasPrefix("tekst.yaml:2:") && $0.contains("onbekende sleutel \"samenvating\"") })
        #expect(issues.contains { $0.contains("sleutel \"samenvatting\" ontbreekt") })
        #expect(issues.contains { $0.hasPrefix("tekst.yaml:3:") && $0.contains("geen ja/nee-waarde") })
        let unknown = try scratch.refusedImport(
            .localSurveyText, Self.text, name: "tekst.yaml", year: 2024, municipality: "Atlantis", into: store)
        #expect(unknown.contains { $0.contains("--municipality") })
    }
}
