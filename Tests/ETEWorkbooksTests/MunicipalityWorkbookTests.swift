import ETEAnalysis
import ETEModel
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

@Suite("Municipality benchmark workbooks")
struct MunicipalityWorkbookTests {
    static let sheets = [
        "Samenvatting", "Pijler 1", "Pijler 2", "Pijler 3", "Pijler 4", "Pijler 5", "Trend",
        "Week tegen Eenzaamheid", "Toelichting",
    ]

    @Test func oneWorkbookPerMunicipalityWithTheSameSheets() throws {
        let folder = DemoWorkbooks.written.benchmarkFolder.appendingPathComponent("gemeenten")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.filter { $0.hasSuffix(".xlsx") }.count == 342)
        #expect(files.allSatisfy { !$0.hasPrefix(".") }, "tijdelijke bestanden achtergebleven")
        #expect(files.contains("GM0363-Amsterdam.xlsx"))
        #expect(files.contains("GM1900-Sudwest-Fryslan.xlsx"))
        #expect(files.contains("GM0893-Bergen-L.xlsx"))
        let amsterdam = try DemoWorkbooks.of(try DemoWorkbooks.municipality(named: "Amsterdam"))
        #expect(amsterdam.sheetNames == Self.sheets)
    }

    @Test func respondentSeesOwnAnswersNextToGroups() throws {
        let overview = DemoWorkbooks.overview
        func showsEveryScore(_ group: PeerGroup) -> Bool { group.pillarScore(.governanceCommitment) != nil }
        let municipality = try #require(
            DemoWorkbooks.respondents(true).first {
                showsEveryScore(overview.provinceGroup(of: $0)) && showsEveryScore(overview.sizeClassGroup(of: $0))
            })
        let response = try #require(overview.response(of: municipality.code, in: 2024))
        let workbook = try DemoWorkbooks.of(municipality)

        let summary = try workbook.requireRow("Samenvatting", label: "Pijler 1: Bestuurlijk commitment")
        let own = BenchmarkAggregate(questionnaire: overview.questionnaire, responses: [response])
        #expect(summary["B"] == XlsxContent.fraction(own.pillarScore(.governanceCommitment)))
        #expect(summary["C"] == XlsxContent.fraction(overview.nation.pillarScore(.governanceCommitment)))
        #expect(summary["D"] == XlsxContent.fraction(overview.sizeClassGroup(of: municipality).pillarScore(.governanceCommitment)))
        #expect(summary["E"] == XlsxContent.fraction(overview.provinceGroup(of: municipality).pillarScore(.governanceCommitment)))

        let question = try #require(overview.questionnaire.question("p1_wethouder_actief"))
        let row = try workbook.requireRow("Pijler 1", label: question.text)
        let answer = try #require(response.answers[question.id])
        #expect(row["B"] == (answer == "ja" ? "ja ✓" : "nee"))
        #expect(row["C"] == "0.37")
        #expect(row["D"] == XlsxContent.fraction(overview.sizeClassGroup(of: municipality).percentage(question.id)))

        let charts = workbook.archive.entries.keys.filter { $0.hasPrefix("xl/charts/") }
        #expect(charts.count == 1)
        let chart = try #require(workbook.archive.text("xl/charts/chart1.xml"))
        // The own scores and every group with a score shown are drawn; a withheld score is no bar
        // (an empty hidden cell), never a bar of 0%.
        let benchmark = MunicipalityBenchmark(overview: overview, municipality: municipality)
        let drawn = benchmark.comparisons.filter { comparison in Pillar.allCases.contains { comparison.group.pillarScore($0) != nil } }
        #expect(Self.seriesNames(chart) == [municipality.name] + drawn.map(\.heading))
        try Self.expectChartDataMatchesTable(
            workbook, series: 1 + drawn.count,
            columns: ["B"]
                + drawn.map { comparison in
                    let index = benchmark.comparisons.firstIndex { $0.heading == comparison.heading }!
                    return String(UnicodeScalar(UInt8(67 + index)))
                })
    }

    /// The legend names of a chart's series, in order.
    static func seriesNames(_ chart: String) -> [String] {
        chart.matches(
            of:
                /<c:tx><c:strRef><c:f>[^<]*<\/c:f><c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>([^<]*)<\/c:v>|<c:tx><c:v>([^<]*)<\/c:v>/
        )
        .map { String($0.output.1 ?? $0.output.2 ?? "") }
    }

    /// The chart's hidden data columns hold the summary's scores where they are shown and nothing where a symbol stands.
    static func expectChartDataMatchesTable(_ workbook: XlsxContent, series: Int, columns: [String]) throws {
        let hidden = ["AE", "AF", "AG", "AH", "AI", "AJ"]
        for pillar in Pillar.allCases {
            let number = try #require(workbook.rowNumber("Samenvatting", column: "A", equalTo: pillar.heading))
            let row = workbook.row("Samenvatting", number)
            for (index, column) in columns.enumerated() {
                let shown = row[column].flatMap(Double.init)
                #expect(row[hidden[index]].flatMap(Double.init) == shown, "\(pillar) \(column)")
            }
        }
        #expect(columns.count == series)
        #expect(workbook.archive.text("xl/worksheets/sheet1.xml")?.contains("hidden=\"1\"") == true)
    }

    @Test func nonRespondentGetsNationalAndPeerFigures() throws {
        let municipality = try #require(DemoWorkbooks.respondents(false).first)
        let workbook = try DemoWorkbooks.of(municipality)
        #expect(workbook.sheetNames == Self.sheets)
        let texts = workbook.cells["Samenvatting"]?.values.map { $0 } ?? []
        #expect(texts.contains { $0.hasPrefix("\(municipality.name) heeft de benchmark 2024 niet ingevuld") })
        let summary = try workbook.requireRow("Samenvatting", label: "Pijler 1: Bestuurlijk commitment")
        // Not answered: "gegevens ontbreken", not "geheim" (the CBS symbols).
        #expect(summary["B"] == ".")
        #expect(summary["C"] == XlsxContent.fraction(DemoWorkbooks.overview.nation.pillarScore(.governanceCommitment)))
        let question = try #require(DemoWorkbooks.overview.questionnaire.question("p1_wethouder_actief"))
        let row = try workbook.requireRow("Pijler 1", label: question.text)
        #expect(row["B"] == "geen deelname")
        #expect(row["C"] == "0.37")
        // The chart leaves out the empty own column instead of drawing it as zero.
        let chart = try #require(workbook.archive.text("xl/charts/chart1.xml"))
        #expect(!Self.seriesNames(chart).contains(municipality.name))
        #expect(Self.seriesNames(chart).first == "Landelijk")
    }

    @Test func smallGroupsShowTheSecretSymbolAndItsLegend() throws {
        // Only four municipalities have 250.000 inhabitants or more.
        let amsterdam = try DemoWorkbooks.municipality(named: "Amsterdam")
        #expect(DemoWorkbooks.overview.sizeClassGroup(of: amsterdam).respondents < DisclosureRule.minimumAnswers)
        let workbook = try DemoWorkbooks.of(amsterdam)
        for pillar in Pillar.allCases {
            #expect(try workbook.requireRow("Samenvatting", label: pillar.heading)["D"] == "x")
        }
        let question = try #require(DemoWorkbooks.overview.questionnaire.question("p1_structureel_budget"))
        #expect(try workbook.requireRow("Pijler 1", label: question.text)["D"] == "x")
        for sheet in ["Samenvatting", "Pijler 1"] {
            #expect(
                workbook.cells[sheet]?.values.contains {
                    $0.hasPrefix("Verklaring van tekens: x = geheim: niet getoond volgens de onthullingsregel")
                } == true, "\(sheet)")
        }
        let chart = try #require(workbook.archive.text("xl/charts/chart1.xml"))
        #expect(!Self.seriesNames(chart).contains { $0.contains("grootteklasse") || $0.contains("inwoners") })
    }

    /// A chart series never holds a symbol (Excel would draw it as 0%): the chart reads hidden
    /// copies of the shown scores, so a group with one score withheld still shows its other bars.
    @Test func chartsDrawOnlyShownScores() throws {
        var partlyShownSeen = false
        for municipality in DemoWorkbooks.overview.municipalities.prefix(120) {
            let workbook = try DemoWorkbooks.of(municipality)
            guard let chart = workbook.archive.text("xl/charts/chart1.xml") else { continue }
            let benchmark = MunicipalityBenchmark(overview: DemoWorkbooks.overview, municipality: municipality)
            var columns = benchmark.participates ? ["B"] : []
            for (index, comparison) in benchmark.comparisons.enumerated() {
                let scores = Pillar.allCases.map { comparison.group.pillarScore($0) }
                guard scores.contains(where: { $0 != nil }) else { continue }
                partlyShownSeen = partlyShownSeen || scores.contains(nil)
                columns.append(String(UnicodeScalar(UInt8(67 + index))))
            }
            try Self.expectChartDataMatchesTable(workbook, series: Self.seriesNames(chart).count, columns: columns)
        }
        #expect(partlyShownSeen, "no group with some scores withheld: the test proves nothing")
    }

    @Test func weekSheetListsOwnRegistrations() throws {
        let overview = DemoWorkbooks.overview
        let (code, registrations) = try #require(overview.weekRegistrations.max { $0.value.count < $1.value.count })
        let municipality = try #require(overview.municipalities.first { $0.code == code })
        let workbook = try DemoWorkbooks.of(municipality)
        let organisers = (workbook.cells["Week tegen Eenzaamheid"] ?? [:]).filter { $0.key.hasPrefix("B") }.map(\.value)
        #expect(organisers.count == registrations.count + 1)  // plus the header
        #expect(Set(registrations.map(\.organiser)).isSubset(of: Set(organisers)))
        #expect(
            try workbook.requireRow("Week tegen Eenzaamheid", label: "Totaal: \(registrations.count) activiteiten")["E"]
                == String(registrations.compactMap(\.participants).reduce(0, +)))
        // The list is a real Excel table, its dates Excel dates (serial days since 30 December 1899).
        let table = try #require(workbook.archive.text("xl/tables/table1.xml"))
        #expect(table.contains("name=\"Activiteiten\"") && table.contains("ref=\"A4:E\(4 + registrations.count)\""))
        let epoch = DateComponents(
            calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 1899, month: 12, day: 30)
        let first = registrations.sorted { $0.date < $1.date }[0].date
        let serial = Calendar(identifier: .gregorian).dateComponents(
            [.day], from: epoch.date!,
            to: DateComponents(
                calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: first.year, month: first.month,
                day: first.day
            ).date!
        ).day!
        #expect(workbook.value("Week tegen Eenzaamheid", "A5") == String(serial))
    }

    /// Numbers and dates in the summary are numbers and dates; the package names Dutch as its language.
    @Test func summaryKeepsNumbersAndDatesAndIsDutch() throws {
        let municipality = try #require(DemoWorkbooks.overview.municipalities.first { $0.name == "Zwolle" })
        let workbook = try DemoWorkbooks.of(municipality)
        #expect(try workbook.requireRow("Samenvatting", label: "Inwoners")["B"] == String(municipality.population))
        let joined = try workbook.requireRow("Samenvatting", label: "Aangesloten bij Eén tegen eenzaamheid")["B"]
        #expect(municipality.joinedOn == nil || joined.flatMap(Double.init) != nil, "\(joined ?? "leeg")")
        #expect(workbook.archive.text("docProps/core.xml")?.contains("<dc:language>nl-NL</dc:language>") == true)
        #expect(workbook.archive.text("xl/styles.xml")?.contains("[$-413]d mmmm yyyy") == true)
    }

    @Test func trendShowsOwnAnswersPerYear() throws {
        let overview = DemoWorkbooks.overview
        let municipality = try #require(DemoWorkbooks.respondents(true).first { overview.response(of: $0.code, in: 2023) != nil })
        let workbook = try DemoWorkbooks.of(municipality)
        #expect(workbook.row("Trend", 4) == ["A": "Deelname", "B": "ja", "C": "ja"])
        // Asked for the first time in 2024.
        #expect(try workbook.requireRow("Trend", label: "Deelgenomen aan een regiobijeenkomst")["B"] == "niet gevraagd")
    }

    @Test func demoNoticeInEveryDemoWorkbook() throws {
        for municipality in DemoWorkbooks.overview.municipalities.prefix(20) {
            let workbook = try DemoWorkbooks.of(municipality)
            #expect(workbook.cells["Samenvatting"]?.values.contains { $0.hasPrefix("FICTIEVE DEMOGEGEVENS") } == true)
            #expect(workbook.cells["Toelichting"]?.values.contains { $0.hasPrefix("FICTIEVE DEMOGEGEVENS") } == true)
        }
    }
}
