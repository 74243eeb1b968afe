import ETEAnalysis
import ETEModel
import ETEOutput
import ETEStore
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

@Suite("National benchmark workbook")
struct NationalWorkbookTests {
    @Test func pathAndSheets() throws {
        #expect(DemoWorkbooks.written.nationalURL.path.hasSuffix("/2024/benchmark/Benchmark-landelijk-2024.xlsx"))
        let workbook = try DemoWorkbooks.national()
        // The public annex names no respondents: that list is in the internal workbook.
        #expect(workbook.sheetNames == ["Toelichting", "Landelijk", "Grootteklassen", "Provincies", "Vergelijkbare gemeenten", "Trend"])
        #expect(!workbook.allStrings.contains("GM0"))
        #expect(
            workbook.cells["Toelichting"]?.values.contains {
                $0.hasPrefix("Een cijfer van een groep gemeenten staat er alleen als er minstens 6 antwoorden")
            } == true)
    }

    @Test func nationalSheetShowsTheLetterFigures() throws {
        let workbook = try DemoWorkbooks.national()
        let alderman = try workbook.requireRow("Landelijk", label: "Wethouder zet zich actief in")
        #expect(alderman["B"] == "0.37")
        #expect(alderman["C"] == "157")
        let budget = try workbook.requireRow("Landelijk", label: "Structureel budget voor eenzaamheid")
        #expect(budget["B"] == "0.24")
        #expect(budget["D"] == "0.34")
        #expect(budget["E"] == "-10")
        #expect(workbook.value("Landelijk", "D3") == "% 2023")
        // A question new in 2024 has no previous figure and no change.
        let regional = try workbook.requireRow("Landelijk", label: "Deelgenomen aan een regiobijeenkomst")
        #expect(regional["D"] == ".")
        #expect(regional["E"] == nil)
        // Option rows of a multiple-choice question: a share, but no n (a symbol means "withheld" or "missing" only).
        let libraries = try workbook.requireRow("Landelijk", label: "• Bibliotheken")
        #expect(libraries["B"] == "0.85")
        #expect(libraries["C"] == nil)
        // Pillar 4 gained a question in 2024: its score is marked as not comparable with 2023.
        #expect(
            workbook.rowNumber(
                "Landelijk", column: "A", equalTo: "Pijler 4: Duurzame aanpak — vragen gewijzigd sinds 2023: score niet vergelijkbaar")
                != nil)
    }

    @Test func chartPerPillarAndTrendChart() throws {
        let workbook = try DemoWorkbooks.national()
        let charts = workbook.archive.entries.keys.filter { $0.hasPrefix("xl/charts/chart") }
        #expect(charts.count == Pillar.allCases.count + 1)
        let first = try #require(workbook.archive.text("xl/charts/chart1.xml"))
        #expect(first.contains("Pijler 1: Bestuurlijk commitment"))
        #expect(first.contains("<c:barChart>"))
        #expect(first.contains("Landelijk!$B$"))
        // Colours by meaning: the nation grey as in every municipality workbook, the year before lighter.
        #expect(first.contains("<a:srgbClr val=\"A5A5A5\"/>") && first.contains("<a:srgbClr val=\"D0D0D0\"/>"))
        let drawing = try #require(workbook.archive.text("xl/drawings/drawing1.xml"))
        #expect(drawing.contains("descr=\"Staafdiagram, Pijler 1: Bestuurlijk commitment"))
    }

    @Test func explanationCarriesDemoNoticeAndCounts() throws {
        let workbook = try DemoWorkbooks.national()
        let texts = Set(workbook.cells["Toelichting"]?.values.map { $0 } ?? [])
        #expect(texts.contains { $0.hasPrefix("FICTIEVE DEMOGEGEVENS") })
        #expect(texts.contains("157 van de 342"))
        #expect(texts.contains("2023 (\(DemoWorkbooks.overview.respondents(in: 2023)) gemeenten)"))
        let core = try #require(workbook.archive.text("docProps/core.xml"))
        #expect(core.contains("FICTIEVE DEMOGEGEVENS"))
    }

    @Test func groupsAreSuppressedBelowFiveRespondents() throws {
        let workbook = try DemoWorkbooks.national()
        let overview = DemoWorkbooks.overview
        let header = workbook.row("Grootteklassen", 3)
        let counts = workbook.row("Grootteklassen", 4)
        let pillarOne = try workbook.requireRow("Grootteklassen", label: "Pijler 1: Bestuurlijk commitment (pijlerscore)")
        var suppressedSeen = false
        for sizeClass in SizeClass.allCases {
            let group = try #require(overview.sizeClasses[sizeClass])
            let column = try #require(header.first { $0.value == sizeClass.dutchLabel }?.key)
            #expect(counts[column] == String(group.respondents))
            // The workbook shows exactly what the plan publishes, the same as every other output.
            if group.withheld.contains(.pillar(1)) {
                suppressedSeen = true
                #expect(pillarOne[column] == "x")
            } else {
                #expect(pillarOne[column] == XlsxContent.fraction(group.aggregate.pillarScore(.governanceCommitment)))
            }
            if group.respondents < DisclosureRule.minimumAnswers { #expect(group.withheld.contains(.pillar(1))) }
        }
        // Four municipalities have 250.000 inhabitants or more, so that class is always suppressed.
        #expect(suppressedSeen)
        #expect(workbook.cells["Grootteklassen"]?.values.contains { $0.hasPrefix("Verklaring van tekens: x = geheim") } == true)
    }

    @Test func trendCoversEveryBenchmarkYear() throws {
        let workbook = try DemoWorkbooks.national()
        #expect(workbook.value("Trend", "B3") == "2023")
        #expect(workbook.value("Trend", "C3") == "2024")
        let budget = try workbook.requireRow("Trend", label: "Structureel budget voor eenzaamheid")
        #expect(budget["B"] == "0.34")
        #expect(budget["C"] == "0.24")
    }

    @Test func internalWorkbookListsExactlyTheRespondents() throws {
        #expect(DemoWorkbooks.written.internalURL.path.hasSuffix("/2024/benchmark/Benchmark-intern-2024.xlsx"))
        let workbook = try DemoWorkbooks.internalList()
        #expect(workbook.sheetNames == ["Respondenten (intern)"])
        #expect(workbook.value("Respondenten (intern)", "A1")?.hasPrefix("INTERN — niet publiceren") == true)
        let codes = (workbook.cells["Respondenten (intern)"] ?? [:]).filter { $0.key.hasPrefix("A") }.map(\.value).filter {
            $0.hasPrefix("GM")
        }
        #expect(Set(codes) == Set(DemoWorkbooks.respondents(true).map(\.code.rawValue)))
        #expect(codes.count == 157)
        let sheetXML = try #require(workbook.archive.text("xl/worksheets/sheet1.xml"))
        // A real Excel table over the list (its own filter buttons), and the joining day stored as a date.
        let table = try #require(workbook.archive.text("xl/tables/table1.xml"))
        #expect(table.contains("name=\"Respondenten\"") && table.contains("ref=\"A4:H161\""))
        #expect(table.contains("<autoFilter ref=\"A4:H161\""))
        #expect(workbook.value("Respondenten (intern)", "F4") == "Aangesloten sinds")
        let joined = try #require(workbook.value("Respondenten (intern)", "F5"))
        #expect(Double(joined) != nil || joined == "niet aangesloten", "\(joined)")
        #expect(sheetXML.contains("state=\"frozen\""))
        #expect(sheetXML.contains("<dataValidation type=\"list\""))
    }
}

@Suite("Workbooks from a small store")
struct SmallStoreWorkbookTests {
    /// A store with only the first three example answers of templates/voorbeelden.
    func smallOverview() throws -> (BenchmarkOverview, Scratch) {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let example = try String(contentsOf: RepositoryPaths.examples.appendingPathComponent("benchmark-2024.csv"), encoding: .utf8)
        let firstThree = example.split(separator: "\n").prefix(4).joined(separator: "\n") + "\n"
        try scratch.importText(.benchmark, firstThree, name: "benchmark-2024.csv", year: 2024, into: store)
        return (try #require(try BenchmarkOverview.load(year: 2024, from: store)), scratch)
    }

    @Test func fewerThanFiveRespondentsSuppressesEvenTheNationalFigures() throws {
        let (overview, scratch) = try smallOverview()
        let workbooks = BenchmarkWorkbooks(overview: overview, outputFolder: scratch.folder)
        let workbook = try XlsxContent(url: try workbooks.writeNational())
        let alderman = try workbook.requireRow("Landelijk", label: "Wethouder zet zich actief in")
        #expect(alderman["B"] == "x")
        #expect(alderman["C"] == "3")
        #expect(workbook.cells["Landelijk"]?.values.contains { $0.hasPrefix("Verklaring van tekens: x = geheim") } == true)
        #expect(!workbook.allStrings.contains("FICTIEVE DEMOGEGEVENS"))

        let amsterdam = try #require(overview.municipalities.first { $0.name == "Amsterdam" })
        let own = try XlsxContent(url: try workbooks.writeMunicipality(amsterdam))
        let row = try own.requireRow("Pijler 1", label: try #require(overview.questionnaire.question("p1_wethouder_actief")).text)
        #expect(row["B"] == "ja ✓")
        #expect(row["C"] == "x")
    }

    @Test func nothingToChartMeansNoChart() throws {
        let (overview, scratch) = try smallOverview()
        let utrecht = try #require(overview.municipalities.first { $0.name == "Utrecht" })
        let url = try BenchmarkWorkbooks(overview: overview, outputFolder: scratch.folder).writeMunicipality(utrecht)
        let workbook = try XlsxContent(url: url)
        #expect(workbook.archive.entries.keys.filter { $0.hasPrefix("xl/charts/") }.isEmpty)
        #expect(try workbook.requireRow("Samenvatting", label: "Pijler 1: Bestuurlijk commitment")["C"] == "x")
    }

    @Test func noBenchmarkForTheYearMeansNoOverview() throws {
        let (_, scratch) = try smallOverview()
        let store = try Store.open(at: scratch.url("ete.sqlite").path)
        #expect(try BenchmarkOverview.load(year: 2023, from: store) == nil)
    }

    @Test func failedWriteLeavesNoFileUnderTheFinalName() throws {
        let (overview, scratch) = try smallOverview()
        let workbooks = BenchmarkWorkbooks(overview: overview, outputFolder: scratch.folder)
        let amsterdam = try #require(overview.municipalities.first { $0.name == "Amsterdam" })
        // A folder where the workbook should go makes the final rename fail.
        let target = workbooks.municipalityURL(amsterdam)
        try FileManager.default.createDirectory(at: target.appendingPathComponent("bezet"), withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try workbooks.writeMunicipality(amsterdam) }
        let left = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(left == [target.lastPathComponent])
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) && isFolder.boolValue)
    }
}
