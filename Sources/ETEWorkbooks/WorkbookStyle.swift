import ETEAnalysis
import ETEModel
import ETEOutput
import XlsxWriter

/// The look of the benchmark workbooks, in one place.
enum WorkbookStyle {
    static let darkBlue: UInt32 = 0x1F4E79
    static let lightBlue: UInt32 = 0xDDEBF7
    /// The nation in an earlier year: a lighter shade of the national grey.
    static let earlierNationalColor: UInt32 = 0xD0D0D0
    /// Each pillar its own colour wherever pillars are lines or bars of one chart.
    static func color(for pillar: Pillar) -> UInt32 {
        switch pillar {
        case .governanceCommitment: 0x154273
        case .strongNetwork: 0x39870C
        case .involveLonelyPeople: 0xE17000
        case .sustainableApproach: 0x42145F
        case .monitorAndEvaluate: 0xA90061
        }
    }
    /// Chart colours fixed by meaning, the same in every workbook: the municipality always dark
    /// blue, the nation grey (an earlier year lighter), size class light blue, province orange, peer group green.
    static let municipalityColor: UInt32 = 0x1F4E79
    static func color(for kind: MunicipalityBenchmark.Comparison.Kind) -> UInt32 {
        switch kind {
        case .national: 0xA5A5A5
        case .sizeClass: 0x5B9BD5
        case .province: 0xED7D31
        case .peers: 0x548235
        }
    }

    static let title = CellFormat(bold: true, fontSize: 16, fontColor: darkBlue)
    static let subtitle = CellFormat(bold: true, fontSize: 12)
    static let notice = CellFormat(bold: true, fontColor: 0xC00000, wrap: true)
    static let header = CellFormat(bold: true, fillColor: lightBlue, wrap: true, verticalCenter: true, border: true)
    /// A pillar's heading row: wraps (with the row made high enough) so a note after the heading is never cut off.
    static let pillar = CellFormat(bold: true, fontColor: darkBlue, fillColor: 0xF2F2F2, wrap: true)
    static let label = CellFormat(bold: true)
    static let text = CellFormat()
    static let wrapped = CellFormat(wrap: true)
    static let option = CellFormat(indent: 1)
    static let percent = CellFormat(numberFormat: "0%")
    static let whole = CellFormat(numberFormat: "0")
    static let thousands = CellFormat(numberFormat: "#,##0")
    /// A date spelled out in Dutch whatever the reader's Office language ([$-413] is nl-NL): "19 september 2021".
    static let date = CellFormat(numberFormat: "[$-413]d mmmm yyyy", alignment: .left)
    static let decimal = CellFormat(numberFormat: "0.0")
    /// A change in percentage points, with its sign.
    static let change = CellFormat(numberFormat: "+0;-0;0")
    static let decline = CellFormat(fontColor: 0xC00000)
    static let suppressed = CellFormat(fontColor: 0x808080, alignment: .center)
    static let footnote = CellFormat(italic: true, fontSize: 9, fontColor: 0x595959, wrap: true)
}

/// The value of a label–value line.
enum FactValue {
    case text(String)
    case count(Int)
    case date(Day)
}

extension Worksheet {
    /// A whole percentage as an Excel percentage (37 → 0,37 shown as 37%), or `absent`'s symbol.
    func writePercentage(_ value: Int?, row: Int, column: Int, absent: StatisticalSymbol = .missing) throws {
        if let value {
            try write(Double(value) / 100, row: row, column: column, format: WorkbookStyle.percent)
        } else {
            try write(absent.symbol, row: row, column: column, format: WorkbookStyle.suppressed)
        }
    }

    func writeCount(_ value: Int?, row: Int, column: Int, absent: StatisticalSymbol = .missing) throws {
        if let value {
            try write(value, row: row, column: column, format: WorkbookStyle.whole)
        } else {
            try write(absent.symbol, row: row, column: column, format: WorkbookStyle.suppressed)
        }
    }

    /// A mean: published as a whole number, so shown without decimals ("47", not "47,0").
    func writeMean(_ value: Double?, row: Int, column: Int, absent: StatisticalSymbol = .missing) throws {
        if let value {
            try write(value, row: row, column: column, format: WorkbookStyle.whole)
        } else {
            try write(absent.symbol, row: row, column: column, format: WorkbookStyle.suppressed)
        }
    }

    func writeDate(_ day: Day, row: Int, column: Int) throws {
        try writeDate(year: day.year, month: day.month, day: day.day, row: row, column: column, format: WorkbookStyle.date)
    }

    /// Label–value lines, as on the explanation sheets. Returns the next free row.
    @discardableResult
    func writeFacts(_ facts: [(String, String)], from row: Int) throws -> Int {
        try writeFacts(facts.map { ($0.0, FactValue.text($0.1)) }, from: row)
    }

    /// Label–value lines whose values keep their kind: numbers and dates stay numbers and dates.
    @discardableResult
    func writeFacts(_ facts: [(String, FactValue)], from row: Int) throws -> Int {
        for (offset, fact) in facts.enumerated() {
            try write(fact.0, row: row + offset, column: 0, format: WorkbookStyle.label)
            switch fact.1 {
            case .text(let text): try write(text, row: row + offset, column: 1, format: WorkbookStyle.wrapped)
            case .count(let count):
                try write(count, row: row + offset, column: 1, format: CellFormat(numberFormat: "#,##0", alignment: .left))
            case .date(let day): try writeDate(day, row: row + offset, column: 1)
            }
        }
        return row + facts.count
    }
}

extension Worksheet {
    /// The explanation sheet both workbooks share: title, demo notice, the workbook's own facts,
    /// definitions and sources. Returns the next free row.
    @discardableResult
    func writeExplanation(title: String, facts: [(String, String)], overview: BenchmarkOverview) throws -> Int {
        try setColumnWidth(0, width: 22)
        try setColumnWidth(1, width: 100)
        try write(title, row: 0, column: 0, format: WorkbookStyle.title)
        var row = 2
        if overview.isDemo {
            try write(Provenance.demoWorkbookNotice, row: row, column: 0, format: WorkbookStyle.notice)
            row += 2
        }
        row = try writeFacts(facts, from: row) + 1
        try write("Begrippen", row: row, column: 0, format: WorkbookStyle.subtitle)
        row = try writeFacts(WorkbookTexts.definitions(overview), from: row + 1) + 1
        try write("Bronnen", row: row, column: 0, format: WorkbookStyle.subtitle)
        return try writeFacts(WorkbookTexts.sources(overview), from: row + 1) + 1
    }
}

extension Workbook {
    /// A sheet set up to print landscape, one page wide, as advisers print them for meetings.
    /// On A4, with the sheet name, "pagina X van Y" and (for demo data) the fictitious mark on
    /// every printed page. `headerRows`: rows repeated at the top of each page.
    /// The most characters Excel (and libxlsxwriter) accepts in a header or footer.
    static let headerLimit = 255

    /// `confidential`: the line of a file meant for one municipality, printed at the top right of every page.
    func addPrintableSheet(
        _ name: String, fictitious: Bool = false, headerRows: ClosedRange<Int>? = nil, confidential: String? = nil
    ) throws -> Worksheet {
        let sheet = try addWorksheet(name)
        sheet.setLandscape()
        sheet.setPaper(9)
        sheet.fitToPages(width: 1)
        let left = fictitious ? "&L&\"-,Bold\"&KC00000FICTIEVE DEMOGEGEVENS — niet gebruiken voor beleid" : ""
        // "&" starts a code in a header; a literal one is doubled. Excel allows 255 characters in a
        // header: a very long name is cut (the first row of the summary has the whole line).
        let room = Self.headerLimit - left.count - 12
        let right =
            confidential.map { line in
                let fitting = line.count <= room ? line : String(line.prefix(room - 1)) + "…"
                return "&R&\"-,Bold\"" + fitting.replacingOccurrences(of: "&", with: "&&")
            } ?? ""
        try sheet.setHeaderAndFooter(header: left + right, footer: "&L&A&Rpagina &P van &N")
        if let headerRows { try sheet.repeatRows(headerRows.lowerBound, headerRows.upperBound) }
        return sheet
    }
}
