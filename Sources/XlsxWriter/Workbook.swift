import CXlsxWriter
import Foundation

/// Document properties shown in File → Properties.
public struct DocumentProperties: Sendable {
    public var title: String
    public var subject: String?
    public var author: String?
    public var company: String?
    public var keywords: String?
    public var comments: String?

    public init(
        title: String, subject: String? = nil, author: String? = nil, company: String? = nil,
        keywords: String? = nil, comments: String? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
    }
}

/// An .xlsx file being written with libxlsxwriter. Not thread-safe: use one workbook per
/// thread. Nothing is on disk until `close()`, which writes the whole file.
public final class Workbook {
    let handle: UnsafeMutablePointer<lxw_workbook>
    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
    private var closed = false
    private var sheets: [Worksheet] = []
    public let path: String

    public init(path: String) throws {
        guard let handle = path.withCString({ workbook_new($0) }) else {
            throw XlsxError(LXW_ERROR_CREATING_XLSX_FILE, operation: "werkmap \(path) aanmaken")
        }
        self.handle = handle
        self.path = path
    }

    deinit {
        // An abandoned workbook must still release libxlsxwriter's memory; the caller removes the partial file.
        if !closed { workbook_close(handle) }
    }

    public func setProperties(_ properties: DocumentProperties) throws {
        var strings: [UnsafeMutablePointer<CChar>] = []
        defer { for string in strings { free(string) } }
        func c(_ text: String?) -> UnsafeMutablePointer<CChar>? {
            guard let text, let copy = strdup(text) else { return nil }
            strings.append(copy)
            return copy
        }
        var raw = lxw_doc_properties()
        raw.title = c(properties.title)
        raw.subject = c(properties.subject)
        raw.author = c(properties.author)
        raw.company = c(properties.company)
        raw.keywords = c(properties.keywords)
        raw.comments = c(properties.comments)
        try XlsxError.check(workbook_set_properties(handle, &raw), "documenteigenschappen zetten")
    }

    /// Adds a sheet. Excel names are at most 31 characters without []:*?/\ and must be unique.
    public func addWorksheet(_ name: String) throws -> Worksheet {
        try XlsxError.check(name.withCString { workbook_validate_sheet_name(handle, $0) }, "werkblad \"\(name)\"")
        guard let sheet = name.withCString({ workbook_add_worksheet(handle, $0) }) else {
            throw XlsxError(LXW_ERROR_PARAMETER_VALIDATION, operation: "werkblad \"\(name)\"")
        }
        let worksheet = Worksheet(handle: sheet, name: name, workbook: self)
        sheets.append(worksheet)
        return worksheet
    }

    /// The libxlsxwriter format for a description, created once per workbook.
    func format(_ format: CellFormat?) -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        if let existing = formats[format] { return existing }
        let created = workbook_add_format(handle)!
        format.apply(to: created)
        formats[format] = created
        return created
    }

    public func addChart(_ kind: Chart.Kind) -> Chart {
        Chart(handle: workbook_add_chart(handle, kind.lxwType), kind: kind)
    }

    /// Writes the file. After this the workbook can no longer be changed.
    public func close() throws {
        guard !closed else { return }
        for sheet in sheets { try sheet.fitWrappedRows() }
        closed = true
        try XlsxError.check(workbook_close(handle), "werkmap \(path) schrijven")
    }
}
