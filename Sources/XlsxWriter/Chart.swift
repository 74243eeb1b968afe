import CXlsxWriter

/// A chart added to a workbook and placed with `Worksheet.insertChart`.
public final class Chart {
    public enum Kind: Sendable {
        case bar, column, line

        var lxwType: UInt8 {
            switch self {
            case .bar: UInt8(LXW_CHART_BAR.rawValue)
            case .column: UInt8(LXW_CHART_COLUMN.rawValue)
            case .line: UInt8(LXW_CHART_LINE.rawValue)
            }
        }
    }

    let handle: UnsafeMutablePointer<lxw_chart>
    public let kind: Kind

    init(handle: UnsafeMutablePointer<lxw_chart>, kind: Kind) {
        self.handle = handle
        self.kind = kind
    }

    /// A range of cells on a sheet, 0-based and inclusive.
    public struct Range: Sendable {
        public var sheet: String
        public var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

        public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
            self.sheet = sheet
            self.firstRow = firstRow
            self.firstColumn = firstColumn
            self.lastRow = lastRow
            self.lastColumn = lastColumn
        }

        /// A single column from `firstRow` to `lastRow`.
        public static func column(_ column: Int, rows: ClosedRange<Int>, on sheet: String) -> Range {
            Range(sheet: sheet, firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column)
        }
    }

    /// Adds a series; `name` is the legend entry, optionally a fill colour (RGB).
    public func addSeries(name: String, categories: Range, values: Range, color: UInt32? = nil, dataLabels: Bool = false) {
        guard let series = chart_add_series(handle, nil, nil) else { return }
        categories.sheet.withCString {
            chart_series_set_categories(
                series, $0, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
                lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
        }
        values.sheet.withCString {
            chart_series_set_values(
                series, $0, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
                lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
        }
        name.withCString { chart_series_set_name(series, $0) }
        if let color {
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color)
            chart_series_set_fill(series, &fill)
        }
        if dataLabels { chart_series_set_labels(series) }
    }

    public func setTitle(_ title: String) { title.withCString { chart_title_set_name(handle, $0) } }

    /// The value axis: its label, bounds and number format (e.g. "0%").
    public func setValueAxis(name: String? = nil, minimum: Double? = nil, maximum: Double? = nil, numberFormat: String? = nil) {
        let axis = valueAxis
        if let name { name.withCString { chart_axis_set_name(axis, $0) } }
        if let minimum { chart_axis_set_min(axis, minimum) }
        if let maximum { chart_axis_set_max(axis, maximum) }
        if let numberFormat { numberFormat.withCString { chart_axis_set_num_format(axis, $0) } }
    }

    /// Bar charts list categories bottom-up by default; reversing keeps the sheet's order.
    public func reverseCategoryOrder() { chart_axis_set_reverse(categoryAxis) }

    /// libxlsxwriter swaps the axes of horizontal bar charts: there x is the value axis.
    private var valueAxis: UnsafeMutablePointer<lxw_chart_axis> { kind == .bar ? handle.pointee.x_axis : handle.pointee.y_axis }
    private var categoryAxis: UnsafeMutablePointer<lxw_chart_axis> { kind == .bar ? handle.pointee.y_axis : handle.pointee.x_axis }

    /// Plots data in hidden columns too (Excel leaves it out by default).
    public func showHiddenData() { chart_show_hidden_data(handle) }

    public func setLegendAtBottom() { chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)) }
}
