import ETEStore
import Foundation
import TestSupport
import Testing

/// A merger as staff meet it, through `ete` only: record it, import the CBS list of the new year,
/// and every command after it counts the municipalities of its year.
@Suite("A merger through the command line")
struct MergerCommandTests {
    /// A demo store in a folder, with the merger and the 2025 list and benchmark imported by `ete`.
    static func mergedFolder() throws -> (folder: URL, statsBefore: String) {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let statsBefore = try ETERun(["stats", "--year", "2024", "--json"], in: folder).output
        let store = try Store.openForReading(at: folder.appendingPathComponent("ete.sqlite").path)
        let files: [(String, String)] = [
            ("herindelingen-2025.csv", MergerScenario.mergerFile),
            ("gemeenten-2025.csv", try MergerScenario.cbsList(from: store)),
            ("2025.yaml", try MergerScenario.questionnaire2025()),
            ("benchmark-2025.csv", try MergerScenario.benchmark2025(from: store)),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        for arguments in [
            ["import", "herindelingen", "herindelingen-2025.csv"],
            ["import", "gemeenten", "gemeenten-2025.csv", "--peildatum", "2025-01-01"],
            ["import", "vragenlijst", "2025.yaml"],
            ["import", "benchmark", "benchmark-2025.csv", "--year", "2025"],
        ] {
            let run = try ETERun(arguments, in: folder)
            #expect(run.status == 0, "\(arguments): \(run.errors)")
        }
        return (folder, statsBefore)
    }

    @Test func theEarlierYearIsUnchangedAndTheNewYearCountsItsOwn() throws {
        let (folder, statsBefore) = try Self.mergedFolder()
        #expect(try ETERun(["stats", "--year", "2024", "--json"], in: folder).output == statsBefore)
        let stats = try ETERun(["stats", "--year", "2025", "--json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.output.utf8)) as? [String: Any])
        #expect((json["municipalities"] as? [String: Any])?["total"] as? Int == 340)
        let check = try ETERun(["check", "--year", "2025"], in: folder)
        #expect(!check.output.contains("gemeenten op 1 januari"), "\(check.output)")

        // An ended municipality by name on the command line: refused with its merger, no file.
        let factsheet = try ETERun(
            ["factsheet", "--municipality", "Landsmeer", "--year", "2025", "--geen-pdf", "--out", "uit"], in: folder)
        #expect(factsheet.status == 64)
        #expect(
            factsheet.errors.contains(
                "gemeente Landsmeer (GM0415) bestaat sinds 1 januari 2025 niet meer: opgegaan in Zaanstreek-Noord (GM1999); gebruik die gemeente"
            ), "\(factsheet.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("uit/2025/factsheets/GM0415-Landsmeer.html").path))
        // In 2024 it still exists.
        let earlier = try ETERun(["factsheet", "--municipality", "Landsmeer", "--year", "2024", "--geen-pdf", "--out", "uit"], in: folder)
        #expect(earlier.status == 0, "\(earlier.errors)")
    }

    @Test func allFilesAreThoseOfTheYearsMunicipalities() throws {
        let (folder, _) = try Self.mergedFolder()
        let workbooks = try ETERun(["benchmark", "--year", "2025", "--all", "--out", "uit"], in: folder)
        #expect(workbooks.status == 0, "\(workbooks.errors)")
        let workbookFolder = folder.appendingPathComponent("uit/2025/benchmark/gemeenten")
        let names = try FileManager.default.contentsOfDirectory(atPath: workbookFolder.path).filter { $0.hasSuffix(".xlsx") }
        #expect(names.count == 340)
        #expect(!names.contains { $0.hasPrefix("GM0415") || $0.hasPrefix("GM0431") || $0.hasPrefix("GM0880") })
        let new = try #require(names.first { $0.hasPrefix("GM1999") })
        let workbook = try XlsxContent(url: workbookFolder.appendingPathComponent(new))
        let trend = try #require(workbook.cells["Trend"])
        // Participation per year (row 4: 2023, 2024, 2025): not "nee" before it existed.
        #expect(trend["A4"] == "Deelname")
        #expect([trend["B4"], trend["C4"], trend["D4"]] == ["bestond nog niet", "bestond nog niet", "ja"])
        let summary = try #require(workbook.cells["Samenvatting"])
        #expect(summary.values.contains("Bestaat sinds 1 januari 2025, ontstaan uit Landsmeer, Oostzaan en Wormerland"))
        let national = try XlsxContent(url: folder.appendingPathComponent("uit/2025/benchmark/Benchmark-landelijk-2025.xlsx"))
        #expect(national.cells["Toelichting"]?.values.contains { $0.hasSuffix("van de 340") } == true)

        let factsheets = try ETERun(["factsheet", "--year", "2025", "--all", "--geen-pdf", "--out", "uit"], in: folder)
        #expect(factsheets.status == 0, "\(factsheets.errors)")
        let factsheetFolder = folder.appendingPathComponent("uit/2025/factsheets")
        let sheets = try FileManager.default.contentsOfDirectory(atPath: factsheetFolder.path).filter { $0.hasSuffix(".html") }
        #expect(sheets.count == 340)
        let html = try String(
            contentsOf: factsheetFolder.appendingPathComponent(try #require(sheets.first { $0.hasPrefix("GM1999") })), encoding: .utf8)
        #expect(html.contains("bestaat sinds 1 januari 2025, ontstaan uit Landsmeer, Oostzaan en Wormerland"))
        #expect(html.contains("Zaanstreek-Noord bestond in 2020 nog niet"))
        for name in MergerScenario.endedNames { #expect(html.contains("<th scope=\"row\">\(name)</th>")) }
        #expect(!html.contains("zijn geen cijfers over eenzaamheid ingelezen"))
    }
}
