import CXlsxWriter
import Foundation

/// A column of an Excel table: its header (also its name in structured references) and the format of its cells.
public struct TableColumn: Sendable {
    public let header: String
    public let format: CellFormat?

    public init(_ header: String, format: CellFormat? = nil) {
        self.header = header
        self.format = format
    }
}

extension Worksheet {
    /// Makes a range an Excel table ("Opmaken als tabel"): filter buttons, banded rows, and names
    /// for structured references such as `Activiteiten[Deelnemers]`. The table writes its own
    /// header row at `headerRow`; the data rows follow, up to `lastRow`, which must be below it.
    /// `name`: unique in the workbook, letters, digits and underscores.
    public func addTable(name: String, headerRow: Int, firstColumn: Int = 0, lastRow: Int, columns: [TableColumn]) throws {
        var strings: [UnsafeMutablePointer<CChar>] = []
        defer { for string in strings { free(string) } }
        func c(_ text: String) -> UnsafeMutablePointer<CChar>? {
            guard let copy = strdup(text) else { return nil }
            strings.append(copy)
            return copy
        }
        var rawColumns = columns.map { column in
            var raw = lxw_table_column()
            raw.header = c(column.header)
            raw.format = format(column.format)
            return raw
        }
        try rawColumns.withUnsafeMutableBufferPointer { buffer in
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map { buffer.baseAddress! + $0 } + [nil]
            try pointers.withUnsafeMutableBufferPointer { list in
                var options = lxw_table_options()
                options.name = c(name)
                options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
                options.style_type_number = 2
                options.columns = list.baseAddress
                try XlsxError.check(
                    worksheet_add_table(
                        handle, lxw_row_t(headerRow), lxw_col_t(firstColumn), lxw_row_t(lastRow),
                        lxw_col_t(firstColumn + columns.count - 1), &options),
                    "\(self.name) tabel \(name)")
            }
        }
    }

    /// A calendar date as an Excel date (a number shown through `format`, e.g. "[$-413]d mmmm yyyy"),
    /// so it sorts and filters as a date.
    public func writeDate(year: Int, month: Int, day: Int, row: Int, column: Int, format: CellFormat) throws {
        var date = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        try XlsxError.check(
            worksheet_write_datetime(handle, lxw_row_t(row), lxw_col_t(column), &date, self.format(format)),
            "\(name)!\(Self.cellName(row, column)) datum schrijven")
    }
}
