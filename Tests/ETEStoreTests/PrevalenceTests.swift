import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

/// Issue "factsheet": the RIVM loneliness figures ship with the program, equal to the checked
/// reference file, and newer figures load through `ete import eenzaamheid`.
@Suite("Loneliness prevalence (RIVM)")
struct PrevalenceTests {
    @Test func everyBundledValueEqualsTheReferenceFile() throws {
        let stored = try Scratch().newStore().read { try $0.lonelinessPrevalence() }
        let reference = try ReferenceData.loneliness()
        #expect(stored.count == 2136)
        #expect(reference.count == 2136)
        for row in stored {
            let expected = try #require(reference["\(row.region.code) \(row.year) \(row.ageGroup.rawValue)"])
            let columns = ["pct_lonely", "pct_severely_lonely", "pct_emotionally_lonely", "pct_socially_lonely"]
            for (column, value) in zip(columns, [row.lonely, row.severelyLonely, row.emotionallyLonely, row.sociallyLonely]) {
                #expect(value == Double(expected[column]!), "\(row.region.code) \(row.year) \(row.ageGroup.rawValue) \(column)")
            }
            #expect(row.source == "RIVM/CBS/GGD'en, Gezondheidsmonitor")
        }
        let national2020 = try #require(stored.first { $0.region == .national && $0.year == 2020 && $0.ageGroup == .adults })
        #expect(national2020.lonely == 47.0 && national2020.severelyLonely == 11.2)
        // The five municipalities formed after 2020 have no rows, and nothing was made up for them.
        for code in ["GM1979", "GM1980", "GM1982", "GM1991", "GM1992"] {
            #expect(!stored.contains { $0.region.code == code })
        }
    }

    @Test func newerFiguresLoadInTheSameColumns() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let example = try String(contentsOf: RepositoryPaths.examples.appendingPathComponent("eenzaamheid.csv"), encoding: .utf8)
        _ = try scratch.importText(.prevalence, example, name: "eenzaamheid.csv", into: store)
        let rows = try store.read { try $0.lonelinessPrevalence() }.filter { $0.year == 2024 }
        #expect(rows.count == 3)
        let dijkEnWaard = try #require(rows.first { $0.region.code == "GM1980" && $0.ageGroup == .adults })
        #expect(dijkEnWaard.lonely == 46.1 && dijkEnWaard.sociallyLonely == 34.0)
        #expect(dijkEnWaard.source.hasPrefix("Voorbeeld (fictief)"))
    }

    @Test func aBadFileIsRefusedWithEveryProblemLocatedAndNothingStored() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let before = try store.contentFingerprint()
        let text = """
            cbs_code;year;age_group;pct_lonely;pct_severely_lonely
            GM0363;2024;18+;45,0;9,0
            NL1;2024;18+;45,0;9,0
            GM0003;2024;18+;45,0;9,0
            GM0363;2024;40+;45,0;9,0
            GM0518;2024;18+;12,0;30,0
            GM0599;2024;65+;145;9
            GM0363;2024;18+;44,0;9,0

            """
        let failure = try #require(throws: ImportFailure.self) {
            try scratch.importText(.prevalence, text, name: "gm2024.csv", into: store)
        }
        #expect(
            failure.issues.map(\.description) == [
                "gm2024.csv:3:1: \"NL1\" is geen regiocode; verwacht NL01 (Nederland) of een CBS-gemeentecode als GM0363",
                "gm2024.csv:4:1: GM0003 is geen gemeente van nu; vul de naam in die de bron gebruikt (kolom name of naam)",
                "gm2024.csv:5:3: \"40+\" is geen leeftijdsgroep; verwacht 18+ of 65+",
                "gm2024.csv:6:5: ernstig eenzaam (30%) is meer dan eenzaam (12%); ernstig eenzamen horen bij de eenzamen",
                "gm2024.csv:7:4: 145 valt buiten het bereik; verwacht 0 tot en met 100",
                "gm2024.csv:8:1: GM0363 2024 18+ staat ook op regel 2; verwacht één regel per GM0363",
            ])
        #expect(try store.contentFingerprint() == before)
    }
}
