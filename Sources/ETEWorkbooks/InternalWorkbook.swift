import ETEAnalysis
import ETEModel
import ETEOutput
import XlsxWriter

/// The ministry's internal benchmark workbook: which municipalities answered. Not for
/// publication: with it, every group of the public annex can be named member by member.
struct InternalWorkbook {
    let overview: BenchmarkOverview

    static let notice =
        "INTERN — niet publiceren en niet meesturen met de brief. Deze lijst toont welke gemeenten de benchmark invulden; daarmee zijn de groepen in de openbare bijlage tot op de gemeente te benoemen."

    func write(to path: String) throws {
        let workbook = try Workbook(path: path)
        try workbook.setProperties(
            DocumentProperties(
                title: "Benchmark lokaal eenzaamheidsbeleid \(overview.year) — intern", subject: "Deelnemende gemeenten (intern)",
                author: Provenance.author, keywords: "intern",
                comments: [Self.notice, overview.isDemo ? Provenance.demoWorkbookNotice : nil].compactMap { $0 }.joined(separator: " ")))
        let sheet = try workbook.addPrintableSheet(
            "Respondenten (intern)", fictitious: overview.isDemo, headerRows: 3...3, confidential: "INTERN — niet publiceren")
        try writeRespondents(sheet)
        try workbook.close()
    }

    /// A notice row, then the respondents, filterable.
    private func writeRespondents(_ sheet: Worksheet) throws {
        let years = overview.years
        // The notices span the table's width: in the narrow first column they would wrap into a column of words.
        let lastColumn = 5 + years.count
        try sheet.mergeRange(Self.notice, firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: lastColumn, format: WorkbookStyle.notice)
        if overview.isDemo {
            try sheet.mergeRange(
                Provenance.demoWorkbookNotice, firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: lastColumn, format: WorkbookStyle.notice
            )
        }
        let headerRow = 3
        let headers =
            ["CBS-code", "Gemeente", "Provincie", "Grootteklasse", "Inwoners", "Aangesloten sinds"] + years.map { "Deelname \($0)" }
        for (column, width) in [10.0, 32, 16, 28, 11, 18].enumerated() { try sheet.setColumnWidth(column, width: width) }
        try sheet.setColumnWidth(6, 5 + years.count, width: 13)
        let respondents = overview.municipalities.filter { overview.responses[overview.year]?[$0.code] != nil }
        for (index, municipality) in respondents.enumerated() {
            let row = headerRow + 1 + index
            try sheet.writeRow(
                [municipality.code.rawValue, municipality.name, municipality.province, municipality.sizeClass.dutchLabel], row: row)
            try sheet.write(municipality.population, row: row, column: 4, format: WorkbookStyle.thousands)
            if let joined = municipality.joinedOn {
                try sheet.writeDate(joined, row: row, column: 5)
            } else {
                try sheet.write("niet aangesloten", row: row, column: 5)
            }
            for (offset, year) in years.enumerated() {
                try sheet.write(overview.responses[year]?[municipality.code] != nil ? "ja" : "nee", row: row, column: 6 + offset)
            }
        }
        let lastRow = headerRow + max(respondents.count, 1)
        // A real Excel table (filters, banded rows, Respondenten[Gemeente] in formulas).
        try sheet.addTable(
            name: "Respondenten", headerRow: headerRow, lastRow: lastRow,
            columns: headers.enumerated().map { index, header in
                TableColumn(header, format: index == 4 ? WorkbookStyle.thousands : index == 5 ? WorkbookStyle.date : nil)
            })
        // The participation columns hold only ja or nee; the drop-down keeps later edits by staff consistent.
        try sheet.restrictToList(["ja", "nee"], firstRow: headerRow + 1, firstColumn: 6, lastRow: lastRow, lastColumn: 5 + years.count)
        sheet.freezePanes(row: headerRow + 1, column: 2)
    }
}
