import CXlsxWriter
import Foundation

/// One sheet of a workbook. Rows and columns are 0-based, as in libxlsxwriter.
public final class Worksheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    public let name: String
    private unowned let workbook: Workbook

    /// The libxlsxwriter format for a description, from the workbook's shared set.
    func format(_ format: CellFormat?) -> UnsafeMutablePointer<lxw_format>? { workbook.format(format) }
    /// Widths set so far, and the wrapped texts written, to give each row the height its text needs.
    private var columnWidths: [Int: Double] = [:]
    private var wrappedTexts: [(row: Int, columns: ClosedRange<Int>, text: String, format: CellFormat)] = []
    private var rowHeights: [Int: Double] = [:]

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
    }

    public func write(_ text: String, row: Int, column: Int, format: CellFormat? = nil) throws {
        if text.isEmpty { return try writeBlank(row: row, column: column, format: format) }
        if let format, format.wrap || format.fontSize ?? 0 > TextFit.defaultFontSize {
            wrappedTexts.append((row, column...column, text, format))
        }
        try XlsxError.check(
            text.withCString { worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), $0, workbook.format(format)) },
            "\(name)!\(Self.cellName(row, column)) tekst schrijven")
    }

    public func write(_ number: Double, row: Int, column: Int, format: CellFormat? = nil) throws {
        try XlsxError.check(
            worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, workbook.format(format)),
            "\(name)!\(Self.cellName(row, column)) getal schrijven")
    }

    public func write(_ number: Int, row: Int, column: Int, format: CellFormat? = nil) throws {
        try write(Double(number), row: row, column: column, format: format)
    }

    public func writeBlank(row: Int, column: Int, format: CellFormat? = nil) throws {
        guard let format = workbook.format(format) else { return }
        try XlsxError.check(
            worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), format),
            "\(name)!\(Self.cellName(row, column)) leeg maken")
    }

    /// Writes a row of cells starting at `column`.
    public func writeRow(_ values: [String], row: Int, column: Int = 0, format: CellFormat? = nil) throws {
        for (offset, value) in values.enumerated() { try write(value, row: row, column: column + offset, format: format) }
    }

    public func setColumnWidth(_ first: Int, _ last: Int? = nil, width: Double, format: CellFormat? = nil) throws {
        try XlsxError.check(
            worksheet_set_column(handle, lxw_col_t(first), lxw_col_t(last ?? first), width, workbook.format(format)),
            "\(name) kolombreedte")
        for column in first...(last ?? first) { columnWidths[column] = width }
    }

    /// Starts a new printed page before each of `rows`.
    public func setPageBreaks(beforeRows rows: [Int]) throws {
        var breaks = rows.map { lxw_row_t($0) } + [0]
        try XlsxError.check(worksheet_set_h_pagebreaks(handle, &breaks), "\(name) pagina-einden")
    }

    /// Hides columns (they are not shown or printed; a chart may still plot them).
    public func hideColumns(_ first: Int, _ last: Int) throws {
        var options = lxw_row_col_options(hidden: 1, level: 0, collapsed: 0)
        try XlsxError.check(
            worksheet_set_column_opt(handle, lxw_col_t(first), lxw_col_t(last), TextFit.defaultColumnWidth, nil, &options),
            "\(name) kolommen verbergen")
    }

    /// A row's minimum height in points; a row with wrapped text gets more when its text needs it.
    public func setRowHeight(_ row: Int, height: Double) throws {
        rowHeights[row] = height
        try XlsxError.check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "\(name) rijhoogte")
    }

    /// Gives every row with wrapped (or large) text the height of its tallest cell, so no reader (Excel,
    /// LibreOffice, a browser viewer) cuts the text off or lets it run into the next row. Called
    /// when the workbook closes, after all widths are known.
    func fitWrappedRows() throws {
        var needed: [Int: Double] = [:]
        for cell in wrappedTexts {
            let width = cell.columns.reduce(0) { $0 + (columnWidths[$1] ?? TextFit.defaultColumnWidth) }
            // Unwrapped text of a large font is one line at its size (it may run over the next cells).
            let height =
                cell.format.wrap
                ? TextFit.height(of: cell.text, columnWidth: width, format: cell.format) : TextFit.lineHeight(cell.format)
            needed[cell.row] = max(needed[cell.row] ?? 0, height)
        }
        for (row, height) in needed where height > max(rowHeights[row] ?? 0, TextFit.defaultRowHeight) {
            try XlsxError.check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "\(name) rijhoogte")
        }
    }

    public func mergeRange(
        _ text: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
        format: CellFormat? = nil
    ) throws {
        if let format, format.wrap, firstRow == lastRow { wrappedTexts.append((firstRow, firstColumn...lastColumn, text, format)) }
        try XlsxError.check(
            text.withCString {
                worksheet_merge_range(
                    handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn),
                    $0, workbook.format(format))
            }, "\(name) cellen samenvoegen")
    }

    public func freezePanes(row: Int, column: Int) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    public func autofilter(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        try XlsxError.check(
            worksheet_autofilter(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn)),
            "\(name) autofilter")
    }

    /// Data bars over a range of numbers between `minimum` and `maximum`.
    public func dataBars(
        firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int, color: UInt32,
        minimum: Double = 0, maximum: Double = 1
    ) throws {
        var conditional = lxw_conditional_format()
        conditional.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
        conditional.bar_color = lxw_color_t(color)
        conditional.bar_solid = 1
        conditional.min_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        conditional.min_value = minimum
        conditional.max_rule_type = UInt8(LXW_CONDITIONAL_RULE_TYPE_NUMBER.rawValue)
        conditional.max_value = maximum
        try XlsxError.check(
            worksheet_conditional_format_range(
                handle, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                lxw_row_t(lastRow), lxw_col_t(lastColumn), &conditional),
            "\(name) voorwaardelijke opmaak")
    }

    /// Restricts a range to a drop-down list of values (Excel allows at most 255 characters in all).
    public func restrictToList(_ values: [String], firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) throws {
        var strings = values.map { strdup($0) } + [nil]
        defer { for string in strings { free(string) } }
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        try strings.withUnsafeMutableBufferPointer { list in
            validation.value_list = list.baseAddress
            try XlsxError.check(
                worksheet_data_validation_range(
                    handle, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                    lxw_row_t(lastRow), lxw_col_t(lastColumn), &validation),
                "\(name) gegevensvalidatie")
        }
    }

    /// Formats cells whose value is below `threshold` (e.g. negative changes in red).
    public func highlightBelow(
        _ threshold: Double, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int,
        format: CellFormat
    ) throws {
        var conditional = lxw_conditional_format()
        conditional.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        conditional.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_LESS_THAN.rawValue)
        conditional.value = threshold
        conditional.format = workbook.format(format)
        try XlsxError.check(
            worksheet_conditional_format_range(
                handle, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                lxw_row_t(lastRow), lxw_col_t(lastColumn), &conditional),
            "\(name) voorwaardelijke opmaak")
    }

    /// `altText`: what the chart shows, for screen readers (Excel's "alternatieve tekst").
    public func insertChart(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1, altText: String? = nil) throws {
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        // libxlsxwriter copies the description while inserting, so the C string need only live for the call.
        let description = altText.map { strdup($0) } ?? nil
        defer { free(description) }
        options.description = description
        try XlsxError.check(
            worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options),
            "\(name) grafiek invoegen")
    }

    public func setLandscape() { worksheet_set_landscape(handle) }

    /// Fit the printout to `width` pages wide (0 = any number of pages tall).
    public func fitToPages(width: Int, height: Int = 0) { worksheet_fit_to_pages(handle, UInt16(width), UInt16(height)) }

    /// Paper size by Excel's number (9 is A4).
    public func setPaper(_ code: Int) { worksheet_set_paper(handle, UInt8(code)) }

    /// Rows printed at the top of every page (0-based, inclusive).
    public func repeatRows(_ first: Int, _ last: Int) throws {
        try XlsxError.check(worksheet_repeat_rows(handle, lxw_row_t(first), lxw_row_t(last)), "\(name) kopregels herhalen")
    }

    /// Printed header and footer in Excel's codes (&A sheet name, &P page, &N pages; &L &C &R sections).
    public func setHeaderAndFooter(header: String, footer: String) throws {
        try XlsxError.check(header.withCString { worksheet_set_header(handle, $0) }, "\(name) kop instellen")
        try XlsxError.check(footer.withCString { worksheet_set_footer(handle, $0) }, "\(name) voet instellen")
    }

    public func activate() { worksheet_activate(handle) }

    /// "A1"-style name of a 0-based cell, for messages and formulas.
    public static func cellName(_ row: Int, _ column: Int) -> String {
        var name = ""
        var index = column + 1
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name + String(row + 1)
    }
}
