import ETEAnalysis
import ETEModel
import ETEOutput
import XlsxWriter

/// The benchmark workbook an adviser hands to one municipality. Other municipalities appear
/// only as aggregates (national, size class, province), each suppressed below the minimum group size.
struct MunicipalityWorkbook {
    let benchmark: MunicipalityBenchmark
    /// Only for the shared explanation sheet (the rule and the year's facts).
    let overview: BenchmarkOverview

    init(overview: BenchmarkOverview, municipality: Municipality) {
        self.overview = overview
        benchmark = MunicipalityBenchmark(overview: overview, municipality: municipality)
    }

    var municipality: Municipality { benchmark.municipality }
    var year: Int { benchmark.year }
    var response: BenchmarkResponse? { benchmark.response }
    var comparisons: [MunicipalityBenchmark.Comparison] { benchmark.comparisons }
    var anySuppressed: Bool { benchmark.anyWithheld }
    var title: String { "Benchmark lokaal eenzaamheidsbeleid \(year) — \(municipality.name)" }
    /// Its own answers and whether it took part are for the municipality and the ministry only.
    var confidential: String { Provenance.confidential(for: municipality.name) }

    func write(to path: String) throws {
        let workbook = try Workbook(path: path)
        try workbook.setProperties(
            DocumentProperties(
                title: title, subject: "Benchmarkuitkomsten van \(municipality.name) naast landelijke en vergelijkbare gemeenten",
                author: Provenance.author, keywords: "\(confidential); eenzaamheid, benchmark, \(municipality.name)",
                comments: [confidential, benchmark.isDemo ? Provenance.demoWorkbookNotice : nil].compactMap { $0 }.joined(separator: " ")))
        let summary = try workbook.addPrintableSheet("Samenvatting", fictitious: benchmark.isDemo, confidential: confidential)
        // One page, so the chart is never cut between two.
        summary.fitToPages(width: 1, height: 1)
        try writeSummary(summary, workbook: workbook)
        for pillar in Pillar.allCases {
            try writePillar(
                pillar,
                on: try workbook.addPrintableSheet(
                    "Pijler \(pillar.rawValue)", fictitious: benchmark.isDemo, headerRows: 3...3, confidential: confidential))
        }
        try writeTrend(try workbook.addPrintableSheet("Trend", fictitious: benchmark.isDemo, confidential: confidential))
        try writeWeek(try workbook.addPrintableSheet("Week tegen Eenzaamheid", fictitious: benchmark.isDemo, confidential: confidential))
        try writeExplanation(try workbook.addPrintableSheet("Toelichting", fictitious: benchmark.isDemo, confidential: confidential))
        try workbook.close()
    }

    // MARK: Samenvatting

    private func writeSummary(_ sheet: Worksheet, workbook: Workbook) throws {
        try sheet.setColumnWidth(0, width: 40)
        try sheet.setColumnWidth(1, comparisons.count + 1, width: 24)
        try sheet.write(title, row: 0, column: 0, format: WorkbookStyle.title)
        try sheet.write(confidential, row: 1, column: 0, format: WorkbookStyle.subtitle)
        var row = 2
        if benchmark.isDemo {
            try sheet.mergeRange(
                Provenance.demoWorkbookNotice, firstRow: row, firstColumn: 0, lastRow: row, lastColumn: comparisons.count + 1,
                format: WorkbookStyle.notice)
            row += 2
        }
        let origin: [(String, FactValue)] = benchmark.origin.map { [("Herindeling", .text(DutchText.capitalisingFirst($0.phrase)))] } ?? []
        row =
            try sheet.writeFacts(
                [
                    ("CBS-code", .text(municipality.code.rawValue))
                ] + origin + [
                    ("Provincie", .text(municipality.province)),
                    ("Inwoners", .count(municipality.population)),
                    ("Grootteklasse", .text(municipality.sizeClass.dutchLabel)),
                    ("Aangesloten bij Eén tegen eenzaamheid", municipality.joinedOn.map(FactValue.date) ?? .text("nee")),
                    ("Deelname benchmark \(year)", .text(response == nil ? "nee" : "ja")),
                    ("Beleidsprofiel \(year)", .text(benchmark.profile?.name ?? "niet te bepalen")),
                    ("Vergelijkbare gemeenten", .text("\(benchmark.peerGroupName); zie Toelichting")),
                ], from: row) + 1
        if response == nil {
            try sheet.mergeRange(
                WorkbookTexts.notAnswered(municipality.name, year: year), firstRow: row, firstColumn: 0,
                lastRow: row, lastColumn: comparisons.count + 1, format: WorkbookStyle.notice)
            row += 2
        }
        let headerRow = row
        try sheet.writeRow(
            ["Pijlerscore (% positief)", municipality.name] + comparisons.map(\.heading), row: headerRow, format: WorkbookStyle.header)
        try sheet.setRowHeight(headerRow, height: 32)
        for (offset, pillar) in Pillar.allCases.enumerated() {
            let pillarRow = headerRow + 1 + offset
            try sheet.write(pillar.heading, row: pillarRow, column: 0, format: WorkbookStyle.wrapped)
            try sheet.writePercentage(benchmark.ownPillarScore(pillar), row: pillarRow, column: 1)
            for (column, comparison) in comparisons.enumerated() {
                try sheet.writePercentage(
                    comparison.group.pillarScore(pillar), row: pillarRow, column: column + 2,
                    absent: comparison.group.symbol(for: .pillar(pillar.rawValue)))
            }
        }
        let lastPillarRow = headerRow + Pillar.allCases.count
        try sheet.write("Deelnemende gemeenten (n)", row: lastPillarRow + 1, column: 0, format: WorkbookStyle.label)
        if response != nil { try sheet.write(1, row: lastPillarRow + 1, column: 1, format: WorkbookStyle.whole) }
        for (column, comparison) in comparisons.enumerated() {
            try sheet.write(comparison.group.respondents, row: lastPillarRow + 1, column: column + 2, format: WorkbookStyle.whole)
        }
        var noteRow = lastPillarRow + 3
        try sheet.mergeRange(
            WorkbookTexts.pillarScoreNote, firstRow: noteRow, firstColumn: 0, lastRow: noteRow, lastColumn: comparisons.count + 1,
            format: WorkbookStyle.footnote)
        if anySuppressed {
            noteRow += 1
            try sheet.mergeRange(
                WorkbookTexts.suppressionNote, firstRow: noteRow, firstColumn: 0, lastRow: noteRow, lastColumn: comparisons.count + 1,
                format: WorkbookStyle.footnote)
        }
        try addSummaryChart(workbook, sheet: sheet, pillarRows: (headerRow + 1)...lastPillarRow, headerRow: headerRow, at: noteRow + 2)
        sheet.activate()
    }

    /// The chart reads hidden copies of the scores from this column on: a symbol in a charted cell
    /// would be drawn as 0%, an empty cell is no bar, so a withheld score leaves out only its own bar.
    static let chartDataColumn = 30

    /// Every column with at least one score shown is a series; a score not shown is simply no bar.
    private func addSummaryChart(_ workbook: Workbook, sheet: Worksheet, pillarRows: ClosedRange<Int>, headerRow: Int, at row: Int) throws {
        var series: [(name: String, color: UInt32, scores: [Int?])] = []
        if response != nil {
            series.append((municipality.name, WorkbookStyle.municipalityColor, Pillar.allCases.map(benchmark.ownPillarScore)))
        }
        for comparison in comparisons {
            let scores = Pillar.allCases.map { comparison.group.pillarScore($0) }
            if scores.contains(where: { $0 != nil }) {
                series.append((comparison.heading, WorkbookStyle.color(for: comparison.kind), scores))
            }
        }
        // Excel asks to repair a chart without series, so with nothing to show there is no chart.
        guard !series.isEmpty else { return }
        let chart = workbook.addChart(.column)
        chart.setTitle("Pijlerscores \(year)")
        chart.showHiddenData()
        let categories = Chart.Range.column(0, rows: pillarRows, on: sheet.name)
        for (index, entry) in series.enumerated() {
            let column = Self.chartDataColumn + index
            for (row, score) in zip(pillarRows, entry.scores) {
                if let score { try sheet.write(Double(score) / 100, row: row, column: column, format: WorkbookStyle.percent) }
            }
            chart.addSeries(
                name: entry.name, categories: categories, values: .column(column, rows: pillarRows, on: sheet.name), color: entry.color)
        }
        try sheet.hideColumns(Self.chartDataColumn, Self.chartDataColumn + series.count - 1)
        chart.setValueAxis(minimum: 0, maximum: 1, numberFormat: "0%")
        chart.setLegendAtBottom()
        try sheet.insertChart(
            chart, row: row, column: 0, xScale: 1.6, yScale: 1.2,
            altText: "Staafdiagram van de pijlerscores \(year): " + series.map(\.name).joined(separator: ", ") + ", per pijler.")
    }

    // MARK: Pijler 1–5

    /// Each question of the pillar: the municipality's own answer next to the group shares.
    private func writePillar(_ pillar: Pillar, on sheet: Worksheet) throws {
        try sheet.setColumnWidth(0, width: 60)
        try sheet.setColumnWidth(1, width: 28)
        try sheet.setColumnWidth(2, comparisons.count + 1, width: 16)
        try sheet.write(pillar.heading, row: 0, column: 0, format: WorkbookStyle.title)
        try sheet.write("\(municipality.name), benchmark \(year)", row: 1, column: 0, format: WorkbookStyle.subtitle)
        try sheet.writeRow(
            ["Vraag", "Antwoord \(municipality.name)"] + comparisons.map { "\($0.heading) (%)" }, row: 3, format: WorkbookStyle.header)
        try sheet.setRowHeight(3, height: 32)
        sheet.freezePanes(row: 4, column: 1)
        var row = 4
        for question in benchmark.questionnaire.questions(in: pillar) {
            row = try writeQuestion(question, on: sheet, row: row)
        }
        try sheet.write(
            "% = aandeel van de gemeenten in de groep met een antwoord dat als positief telt (meerkeuzevragen: dat deze optie koos); bij getalvragen het gemiddelde.",
            row: row + 1, column: 0, format: WorkbookStyle.footnote)
        if anySuppressed {
            try sheet.write(WorkbookTexts.suppressionNote, row: row + 2, column: 0, format: WorkbookStyle.footnote)
        }
    }

    private func writeQuestion(_ question: Question, on sheet: Worksheet, row: Int) throws -> Int {
        let answer = benchmark.ownAnswer(question)
        try sheet.write(question.text, row: row, column: 0, format: WorkbookStyle.wrapped)
        try sheet.write(ownAnswerText(answer, question: question), row: row, column: 1, format: WorkbookStyle.wrapped)
        switch question.type {
        case .number:
            for (column, comparison) in comparisons.enumerated() {
                try sheet.writeMean(
                    comparison.group.mean(question.id), row: row, column: column + 2,
                    absent: comparison.group.symbol(for: .mean(question: question.id)))
            }
            return row + 1
        case .multipleChoice:
            let chosen = benchmark.chosenOptions(question)
            var row = row + 1
            for option in question.options {
                try sheet.write("• " + option.text, row: row, column: 0, format: CellFormat(indent: 2))
                if answer != nil { try sheet.write(chosen.contains(option.code) ? "gekozen" : "niet gekozen", row: row, column: 1) }
                for (column, comparison) in comparisons.enumerated() {
                    try sheet.writePercentage(
                        comparison.group.optionPercentage(question.id, option.code), row: row, column: column + 2,
                        absent: comparison.group.symbol(for: .option(question: question.id, option: option.code)))
                }
                row += 1
            }
            return row
        default:
            for (column, comparison) in comparisons.enumerated() {
                try sheet.writePercentage(
                    comparison.group.percentage(question.id), row: row, column: column + 2,
                    absent: comparison.group.symbol(for: .share(question: question.id)))
            }
            return row + 1
        }
    }

    private func ownAnswerText(_ answer: String?, question: Question) -> String {
        guard let response else { return "geen deelname" }
        guard let answer else { return WorkbookTexts.unanswered(question, in: response) }
        let text = WorkbookTexts.answer(answer, to: question)
        return question.hasPositiveShare && question.counts(answer) ? text + " ✓" : text
    }

    // MARK: Trend

    /// The municipality's own answers in every benchmark year of the store.
    private func writeTrend(_ sheet: Worksheet) throws {
        let years = benchmark.years
        try sheet.setColumnWidth(0, width: 60)
        try sheet.setColumnWidth(1, years.count, width: 24)
        try sheet.write("Uw antwoorden over de jaren — \(municipality.name)", row: 0, column: 0, format: WorkbookStyle.title)
        try sheet.writeRow(["Vraag"] + years.map { "Benchmark \($0)" }, row: 2, format: WorkbookStyle.header)
        try sheet.write("Deelname", row: 3, column: 0, format: WorkbookStyle.label)
        for (column, year) in years.enumerated() {
            let participation =
                benchmark.existed(in: year) ? (benchmark.participated(in: year) ? "ja" : "nee") : WorkbookTexts.notYetExisting
            try sheet.write(participation, row: 3, column: column + 1)
        }
        sheet.freezePanes(row: 3, column: 1)
        var row = 5
        for pillar in Pillar.allCases {
            try sheet.write(pillar.heading, row: row, column: 0, format: WorkbookStyle.pillar)
            row += 1
            for question in benchmark.questionnaire.questions(in: pillar) {
                try sheet.write(question.label, row: row, column: 0, format: WorkbookStyle.option)
                for (column, year) in years.enumerated() {
                    try sheet.write(trendCell(question, year: year), row: row, column: column + 1, format: WorkbookStyle.wrapped)
                }
                row += 1
            }
        }
        try sheet.write(
            "'niet gevraagd' = de vraag stond dat jaar niet in de vragenlijst.", row: row + 1, column: 0, format: WorkbookStyle.footnote)
    }

    private func trendCell(_ question: Question, year: Int) -> String {
        switch benchmark.trend(question, in: year) {
        case .notParticipating: StatisticalSymbol.missing.symbol
        case .notYetExisting: WorkbookTexts.notYetExisting
        case .notAsked: "niet gevraagd"
        case .unanswered(let asked, let response): WorkbookTexts.unanswered(asked, in: response)
        case .answered(let answer, let asked): WorkbookTexts.answer(answer, to: asked)
        }
    }

    // MARK: Week tegen Eenzaamheid

    private func writeWeek(_ sheet: Worksheet) throws {
        let registrations = benchmark.weekRegistrations
        try sheet.setColumnWidth(0, width: 20)
        try sheet.setColumnWidth(1, width: 44)
        try sheet.setColumnWidth(2, width: 30)
        try sheet.setColumnWidth(3, 4, width: 16)
        try sheet.write("Week tegen Eenzaamheid \(year) — \(municipality.name)", row: 0, column: 0, format: WorkbookStyle.title)
        guard let edition = benchmark.weekEdition else {
            try sheet.write("Voor \(year) zijn geen gegevens over de Week tegen Eenzaamheid ingelezen.", row: 2, column: 0)
            return
        }
        var line = "\(edition.editionNumber)e editie, \(edition.startDate.dutchLong) tot en met \(edition.endDate.dutchLong)"
        if let theme = edition.theme { line += " — thema: \(theme)" }
        try sheet.write(line, row: 1, column: 0, format: WorkbookStyle.subtitle)
        sheet.freezePanes(row: 4, column: 0)
        let columns = [
            TableColumn("Datum", format: WorkbookStyle.date), TableColumn("Organisator"), TableColumn("Soort activiteit"),
            TableColumn(KomErbijPackage.name), TableColumn("Deelnemers", format: WorkbookStyle.whole),
        ]
        guard !registrations.isEmpty else {
            try sheet.writeRow(columns.map(\.header), row: 3, format: WorkbookStyle.header)
            try sheet.write(
                "Er zijn geen activiteiten in \(municipality.name) geregistreerd.", row: 4, column: 0, format: WorkbookStyle.footnote)
            return
        }
        // A real Excel table: filters, banded rows and structured references (Activiteiten[Deelnemers]).
        try sheet.addTable(name: "Activiteiten", headerRow: 3, lastRow: 3 + registrations.count, columns: columns)
        for (offset, registration) in registrations.enumerated() {
            let row = 4 + offset
            try sheet.writeDate(registration.date, row: row, column: 0)
            try sheet.writeRow(
                [registration.organiser, registration.activityType, registration.komErbijPackage ? "ja" : "nee"], row: row, column: 1)
            if let participants = registration.participants {
                try sheet.write(participants, row: row, column: 4, format: WorkbookStyle.whole)
            }
        }
        let totalRow = 4 + registrations.count
        try sheet.write(
            "Totaal: \(DutchPhrase.count(registrations.count, "activiteit", "activiteiten"))", row: totalRow, column: 0,
            format: WorkbookStyle.label)
        try sheet.write(registrations.filter(\.komErbijPackage).count, row: totalRow, column: 3, format: WorkbookStyle.whole)
        try sheet.write(registrations.compactMap(\.participants).reduce(0, +), row: totalRow, column: 4, format: WorkbookStyle.thousands)
        try sheet.write(
            "Deelnemers zoals opgegeven door de organisatoren; leeg = niet opgegeven.", row: totalRow + 2, column: 0,
            format: WorkbookStyle.footnote)
    }

    // MARK: Toelichting

    private var profileExplanation: String {
        guard let rules = benchmark.profileRules else { return "geen regels voor het beleidsprofiel in de sjablonen" }
        guard let profile = benchmark.profile else {
            return
                "niet te bepalen: \(municipality.name) deed niet mee aan de benchmark van \(year), of de vragenlijst mist een vraag die de regels lezen"
        }
        return "\(profile.name): \(profile.description) Indeling naar \(rules.source)."
    }

    private func writeExplanation(_ sheet: Worksheet) throws {
        try sheet.writeExplanation(
            title: "Toelichting",
            facts: [
                (
                    "Wat",
                    "De uitkomsten van \(municipality.name) in de benchmark lokaal eenzaamheidsbeleid \(year), naast het landelijk beeld en dat van vergelijkbare gemeenten."
                ),
                (
                    "Vergelijking",
                    "Andere gemeenten komen in deze werkmap alleen als groep voor: alle deelnemers, de gemeenten in dezelfde grootteklasse, die in dezelfde provincie en de vergelijkbare gemeenten."
                ),
                ("Vergelijkbare gemeenten", benchmark.peerGroupDescription),
                ("Beleidsprofiel", profileExplanation),
                ("Deelnemende gemeenten", "\(benchmark.respondents) van de \(benchmark.municipalityCount)"),
            ], overview: overview)
    }
}
