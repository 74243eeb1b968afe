import ETEAnalysis
import ETEModel
import ETEOutput
import XlsxWriter

/// The national benchmark workbook: the public annex of the yearly letter. It names no
/// respondents (that list would show who is in each group); `InternalWorkbook` holds it.
struct NationalWorkbook {
    let overview: BenchmarkOverview

    var title: String { "Benchmark lokaal eenzaamheidsbeleid \(overview.year) — landelijk" }

    func write(to path: String) throws {
        let workbook = try Workbook(path: path)
        try workbook.setProperties(
            DocumentProperties(
                title: title, subject: "Landelijke uitkomsten van de gemeentelijke benchmark",
                author: Provenance.author,
                keywords: "eenzaamheid, benchmark, gemeenten", comments: overview.isDemo ? Provenance.demoWorkbookNotice : nil))
        try writeExplanation(try workbook.addPrintableSheet("Toelichting", fictitious: overview.isDemo))
        try writeNational(try workbook.addPrintableSheet("Landelijk", fictitious: overview.isDemo, headerRows: 2...2), workbook: workbook)
        try writeGroups(
            try workbook.addPrintableSheet("Grootteklassen", fictitious: overview.isDemo, headerRows: 2...3), heading: "grootteklasse",
            groups: SizeClass.allCases.compactMap { overview.sizeClasses[$0] })
        try writeGroups(
            try workbook.addPrintableSheet("Provincies", fictitious: overview.isDemo, headerRows: 2...3), heading: "provincie",
            groups: overview.provinceNames.compactMap { overview.provinces[$0] })
        try writeGroups(
            try workbook.addPrintableSheet("Vergelijkbare gemeenten", fictitious: overview.isDemo, headerRows: 2...3),
            heading: "groep vergelijkbare gemeenten",
            groups: overview.peerClusters.names.compactMap { overview.peerGroups[$0] })
        if let rules = overview.profileRules {
            try ProfileSheet(overview: overview, rules: rules).write(
                try workbook.addPrintableSheet("Beleidsprofiel", fictitious: overview.isDemo))
        }
        try writeTrend(try workbook.addPrintableSheet("Trend", fictitious: overview.isDemo), workbook: workbook)
        try workbook.close()
    }

    private func writeExplanation(_ sheet: Worksheet) throws {
        var facts: [(String, String)] = [
            (
                "Wat",
                "De landelijke uitkomsten van de jaarlijkse benchmark naar het lokale eenzaamheidsbeleid van gemeenten, per pijler van de lokale aanpak."
            ),
            ("Jaar", String(overview.year)),
            ("Deelnemende gemeenten", "\(overview.respondents(in: overview.year)) van de \(overview.municipalities.count)"),
        ]
        if let previous = overview.previousYear {
            facts.append(("Vorig benchmarkjaar", "\(previous) (\(overview.respondents(in: previous)) gemeenten)"))
        }
        _ = try sheet.writeExplanation(title: title, facts: facts, overview: overview)
        sheet.activate()
    }

    /// Per pillar: the questions with a positive share first (they feed the pillar's chart), then the rest.
    private func writeNational(_ sheet: Worksheet, workbook: Workbook) throws {
        let current = overview.nation
        let previous = overview.previousYear.flatMap(overview.nation(in:))
        try sheet.setColumnWidth(0, width: 55)
        try sheet.setColumnWidth(1, 5, width: 12)
        try sheet.write("Landelijke uitkomsten \(overview.year) per pijler", row: 0, column: 0, format: WorkbookStyle.title)
        let previousLabel = overview.previousYear.map { "% \($0)" } ?? "% vorig jaar"
        try sheet.writeRow(
            ["Vraag", "% positief", "n", previousLabel, "Verandering (procentpunten)", "Gemiddelde"], row: 2, format: WorkbookStyle.header)
        sheet.freezePanes(row: 3, column: 1)
        try sheet.setPageBreaks(beforeRows: Self.chartPageBreaks)
        var row = 3
        for (index, pillar) in Pillar.allCases.enumerated() {
            let comparable = overview.pillarScoreIsComparable(pillar, in: overview.year)
            try sheet.write(
                pillar.heading + (comparable ? "" : WorkbookTexts.questionsChangedNote(overview)), row: row, column: 0,
                format: WorkbookStyle.pillar)
            try sheet.writePercentage(
                current.pillarScore(pillar), row: row, column: 1, absent: current.symbol(for: .pillar(pillar.rawValue)))
            // Scores over different questions are not set side by side: the previous one stays out (the note says why).
            if comparable {
                try sheet.writePercentage(
                    previous?.pillarScore(pillar), row: row, column: 3, absent: previous?.symbol(for: .pillar(pillar.rawValue)) ?? .missing)
            }
            row += 1
            let questions = overview.questionnaire.questions(in: pillar)
            let shared = questions.filter(\.hasPositiveShare)
            let firstChartRow = row
            for question in shared {
                try sheet.write(question.label, row: row, column: 0, format: WorkbookStyle.option)
                try writeShare(
                    sheet, row: row, cell: .share(question: question.id), now: current.percentage(question.id),
                    n: current.answered(question.id), before: previous?.percentage(question.id), in: (current, previous))
                row += 1
            }
            if !shared.isEmpty {
                try addPillarChart(
                    workbook, sheet: sheet, pillar: pillar, rows: firstChartRow...(row - 1), index: index, withPrevious: previous != nil)
            }
            for question in questions where !question.hasPositiveShare {
                row = try writeOtherQuestion(question, sheet: sheet, row: row, current: current, previous: previous)
            }
            row += 1
        }
        if current.withholdsAny || previous?.withholdsAny == true {
            try sheet.write(WorkbookTexts.suppressionNote, row: row, column: 0, format: WorkbookStyle.footnote)
        }
        try sheet.highlightBelow(0, firstRow: 3, firstColumn: 4, lastRow: row, lastColumn: 4, format: WorkbookStyle.decline)
    }

    private func writeShare(
        _ sheet: Worksheet, row: Int, cell: DisclosureCell, now: Int?, n: Int?, before: Int?, in groups: (PeerGroup, PeerGroup?),
        writesCount: Bool = true
    ) throws {
        try sheet.writePercentage(now, row: row, column: 1, absent: groups.0.symbol(for: cell))
        if writesCount { try sheet.writeCount(n, row: row, column: 2) }
        try sheet.writePercentage(before, row: row, column: 3, absent: groups.1?.symbol(for: cell) ?? .missing)
        if let now, let before { try sheet.write(now - before, row: row, column: 4, format: WorkbookStyle.change) }
    }

    private func writeOtherQuestion(
        _ question: Question, sheet: Worksheet, row: Int, current: PeerGroup,
        previous: PeerGroup?
    ) throws -> Int {
        var row = row
        try sheet.write(question.label, row: row, column: 0, format: WorkbookStyle.option)
        try sheet.writeCount(current.answered(question.id), row: row, column: 2)
        if question.type == .number {
            try sheet.writeMean(current.mean(question.id), row: row, column: 5, absent: current.symbol(for: .mean(question: question.id)))
            return row + 1
        }
        row += 1
        for option in question.options {
            try sheet.write("• " + option.text, row: row, column: 0, format: CellFormat(indent: 2))
            // The n of an option row is the question's n, written once above: the cell stays empty
            // (a symbol would mean "withheld" or "missing").
            try writeShare(
                sheet, row: row, cell: .option(question: question.id, option: option.code),
                now: current.optionPercentage(question.id, option.code), n: nil,
                before: previous?.optionPercentage(question.id, option.code), in: (current, previous), writesCount: false)
            row += 1
        }
        return row
    }

    private func addPillarChart(
        _ workbook: Workbook, sheet: Worksheet, pillar: Pillar, rows: ClosedRange<Int>, index: Int,
        withPrevious: Bool
    ) throws {
        let chart = workbook.addChart(.bar)
        chart.setTitle(pillar.heading)
        let categories = Chart.Range.column(0, rows: rows, on: sheet.name)
        chart.addSeries(
            name: String(overview.year), categories: categories, values: .column(1, rows: rows, on: sheet.name),
            color: WorkbookStyle.color(for: .national), dataLabels: true)
        if withPrevious, let previous = overview.previousYear {
            chart.addSeries(
                name: String(previous), categories: categories, values: .column(3, rows: rows, on: sheet.name),
                color: WorkbookStyle.earlierNationalColor)
        }
        chart.setValueAxis(minimum: 0, maximum: 1, numberFormat: "0%")
        chart.reverseCategoryOrder()
        chart.setLegendAtBottom()
        let years = withPrevious ? overview.previousYear.map { "\(overview.year) en \($0)" } ?? "\(overview.year)" : "\(overview.year)"
        try sheet.insertChart(
            chart, row: Self.chartRow(index), column: 7, xScale: 1.3, yScale: 1.2,
            altText: "Staafdiagram, \(pillar.heading): het landelijke aandeel gemeenten met een positief antwoord per vraag, \(years).")
    }

    /// Rows per pillar chart beside the national table (a chart of scale 1.2 is about 17 rows high).
    static let chartRows = 18
    /// Charts per printed page: a page break falls between charts, never through one.
    static let chartsPerPage = 2

    /// Below the frozen header (LibreOffice prints frozen rows on every page, with what lies over them).
    static func chartRow(_ index: Int) -> Int { 3 + index * chartRows }

    /// The rows before which the national sheet starts a new page: before every other chart.
    static var chartPageBreaks: [Int] {
        stride(from: chartsPerPage, to: Pillar.allCases.count, by: chartsPerPage).map(chartRow)
    }

    /// Pillar scores and question shares per group; a withheld figure shows the secret symbol (StatisticalSymbol).
    private func writeGroups(_ sheet: Worksheet, heading: String, groups: [PeerGroup]) throws {
        try sheet.setColumnWidth(0, width: 55)
        try sheet.setColumnWidth(1, groups.count, width: 14)
        try sheet.write("Uitkomsten \(overview.year) per \(heading)", row: 0, column: 0, format: WorkbookStyle.title)
        try sheet.write(DutchText.capitalisingFirst(heading), row: 2, column: 0, format: WorkbookStyle.header)
        try sheet.writeRow(groups.map(\.name), row: 2, column: 1, format: WorkbookStyle.header)
        try sheet.write("Deelnemende gemeenten (n)", row: 3, column: 0, format: WorkbookStyle.label)
        for (column, group) in groups.enumerated() {
            try sheet.write(group.respondents, row: 3, column: column + 1, format: WorkbookStyle.whole)
        }
        sheet.freezePanes(row: 4, column: 1)
        var row = 5
        for pillar in Pillar.allCases {
            try sheet.write(pillar.heading + " (pijlerscore)", row: row, column: 0, format: WorkbookStyle.pillar)
            for (column, group) in groups.enumerated() {
                try sheet.writePercentage(
                    group.pillarScore(pillar), row: row, column: column + 1, absent: group.symbol(for: .pillar(pillar.rawValue)))
            }
            row += 1
            for question in overview.questionnaire.questions(in: pillar) where question.hasPositiveShare {
                try sheet.write(question.label, row: row, column: 0, format: WorkbookStyle.option)
                for (column, group) in groups.enumerated() {
                    try sheet.writePercentage(
                        group.percentage(question.id), row: row, column: column + 1,
                        absent: group.symbol(for: .share(question: question.id)))
                }
                row += 1
            }
        }
        try sheet.write(WorkbookTexts.suppressionNote, row: row + 1, column: 0, format: WorkbookStyle.footnote)
        try sheet.dataBars(firstRow: 5, firstColumn: 1, lastRow: row - 1, lastColumn: groups.count, color: 0x9BC2E6)
    }

    /// Every benchmark year in the store: respondents, pillar scores and question shares, with a line chart of the pillar scores.
    private func writeTrend(_ sheet: Worksheet, workbook: Workbook) throws {
        let years = overview.years
        try sheet.setColumnWidth(0, width: 55)
        try sheet.setColumnWidth(1, years.count, width: 10)
        try sheet.write("Trend over de benchmarkjaren", row: 0, column: 0, format: WorkbookStyle.title)
        try sheet.write("", row: 2, column: 0, format: WorkbookStyle.header)
        try sheet.writeRow(years.map(String.init), row: 2, column: 1, format: WorkbookStyle.header)
        try sheet.write("Deelnemende gemeenten", row: 3, column: 0, format: WorkbookStyle.label)
        for (column, year) in years.enumerated() { try sheet.write(overview.respondents(in: year), row: 3, column: column + 1) }
        var row = 4
        // A pillar whose questions changed gets a row per period of the same questions: its scores
        // are never joined across the change, in the table or in the chart (empty cells are gaps).
        var series: [(pillar: Pillar, name: String, row: Int)] = []
        for pillar in Pillar.allCases {
            let periods = years.reduce(into: [[Int]]()) { periods, year in
                if periods.isEmpty || !overview.pillarScoreIsComparable(pillar, in: year) { periods.append([]) }
                periods[periods.count - 1].append(year)
            }
            for period in periods {
                let span = periods.count == 1 ? "" : " (vragen van \(DutchPhrase.span(period)))"
                try sheet.write(pillar.heading + span, row: row, column: 0, format: WorkbookStyle.pillar)
                for (column, year) in years.enumerated() where period.contains(year) {
                    let nation = overview.nation(in: year)
                    try sheet.writePercentage(
                        nation?.pillarScore(pillar), row: row, column: column + 1,
                        absent: nation?.symbol(for: .pillar(pillar.rawValue)) ?? .missing)
                }
                series.append((pillar, "Pijler \(pillar.rawValue)" + (periods.count == 1 ? "" : " (\(DutchPhrase.span(period)))"), row))
                row += 1
            }
        }
        if years.count > 1 {
            let chart = workbook.addChart(.line)
            chart.setTitle("Pijlerscores per jaar")
            for (pillar, name, pillarRow) in series {
                chart.addSeries(
                    name: name,
                    categories: Chart.Range(sheet: sheet.name, firstRow: 2, firstColumn: 1, lastRow: 2, lastColumn: years.count),
                    values: Chart.Range(
                        sheet: sheet.name, firstRow: pillarRow, firstColumn: 1, lastRow: pillarRow, lastColumn: years.count),
                    color: WorkbookStyle.color(for: pillar))
            }
            chart.setValueAxis(minimum: 0, maximum: 1, numberFormat: "0%")
            chart.setLegendAtBottom()
            try sheet.insertChart(
                chart, row: 2, column: years.count + 2,
                altText:
                    "Lijndiagram van de landelijke pijlerscores per benchmarkjaar, \(years.first!)–\(years.last!), één lijn per pijler.")
        }
        row += 1
        for question in overview.questionnaire.questions where question.hasPositiveShare {
            try sheet.write(question.label, row: row, column: 0, format: WorkbookStyle.wrapped)
            for (column, year) in years.enumerated() {
                let nation = overview.nation(in: year)
                try sheet.writePercentage(
                    nation?.percentage(question.id), row: row, column: column + 1,
                    absent: nation?.symbol(for: .share(question: question.id)) ?? .missing)
            }
            row += 1
        }
    }
}
