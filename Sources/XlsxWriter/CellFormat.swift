import CXlsxWriter

/// What a cell looks like. Value type: equal descriptions share one libxlsxwriter format.
public struct CellFormat: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, center, right }

    public var bold = false
    public var italic = false
    public var fontSize: Double?
    /// RGB colour, e.g. 0x1F4E79.
    public var fontColor: UInt32?
    public var fillColor: UInt32?
    /// Excel number format, e.g. "0%" or "#,##0".
    public var numberFormat: String?
    public var wrap = false
    public var alignment: Alignment?
    public var verticalCenter = false
    public var border = false
    public var indent: UInt8 = 0

    public init(
        bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: UInt32? = nil,
        fillColor: UInt32? = nil, numberFormat: String? = nil, wrap: Bool = false, alignment: Alignment? = nil,
        verticalCenter: Bool = false, border: Bool = false, indent: UInt8 = 0
    ) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.numberFormat = numberFormat
        self.wrap = wrap
        self.alignment = alignment
        self.verticalCenter = verticalCenter
        self.border = border
        self.indent = indent
    }

    /// Applies the description to a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, lxw_color_t(fontColor)) }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fillColor))
        }
        if let numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        if wrap { format_set_text_wrap(format) }
        switch alignment {
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        // Otherwise at the top, not Excel's default bottom: a label that wraps stays level with its
        // values instead of seeming to belong to the row below.
        format_set_align(format, UInt8((verticalCenter ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP).rawValue))
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if indent > 0 { format_set_indent(format, indent) }
    }
}
