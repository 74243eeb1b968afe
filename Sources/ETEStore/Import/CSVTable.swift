import ETEModel
import Foundation

/// A column an importer understands: its Dutch name and accepted alternatives.
struct ColumnSpec {
    var name: String
    var aliases: [String] = []
    var required: Bool = false

    static func required(_ name: String, _ aliases: String...) -> ColumnSpec {
        ColumnSpec(name: name, aliases: aliases, required: true)
    }

    static func optional(_ name: String, _ aliases: String...) -> ColumnSpec {
        ColumnSpec(name: name, aliases: aliases, required: false)
    }
}

/// A CSV document checked against an importer's columns, handing out typed cell values
/// and recording a located Dutch message for every cell that does not fit.
struct CSVTable {
    let document: CSVDocument
    let issues: IssueCollector
    private(set) var columnIndex: [String: Int] = [:]

    /// Matches the header against `columns`; unknown, duplicate and missing columns are issues.
    /// `extraColumn` may claim further columns (the question ids of a benchmark file).
    init(
        _ document: CSVDocument, columns: [ColumnSpec], issues: IssueCollector,
        extraColumn: ((CSVField) -> Bool)? = nil
    ) {
        self.document = document
        self.issues = issues
        var lookup: [String: String] = [:]
        for column in columns {
            for name in [column.name] + column.aliases { lookup[DutchText.matchKey(name)] = column.name }
        }
        for field in document.header {
            let key = DutchText.matchKey(field.value)
            if let name = lookup[key] {
                if columnIndex[name] != nil {
                    issues.add(line: field.line, column: field.column, "kolom \(DutchText.quoted(name)) komt twee keer voor")
                }
                columnIndex[name] = field.column - 1
            } else if extraColumn?(field) == true {
                continue
            } else if extraColumn == nil {
                var message = "onbekende kolom \(DutchText.quoted(field.value))"
                if let guess = DutchText.suggestion(for: field.value, among: columns.map(\.name)) {
                    message += " — bedoelde u \"\(guess)\"?"
                } else {
                    message += "; verwacht: " + columns.map(\.name).joined(separator: ", ")
                }
                issues.add(line: field.line, column: field.column, message)
            }
        }
        for column in columns where column.required && columnIndex[column.name] == nil {
            issues.add(line: document.header.first?.line ?? 1, "kolom \"\(column.name)\" ontbreekt in de kopregel")
        }
    }

    var rows: [CSVRow] {
        document.records.map { CSVRow(record: $0, table: self) }
    }

    func has(_ column: String) -> Bool { columnIndex[column] != nil }

    /// The longest cell any import accepts, in characters. Far above any real name or result
    /// text, and far below Excel's limit of 32,767 characters per cell, so every stored text fits
    /// every output.
    static let longestField = 4_000

    /// Checks a record's shape: too many fields, or a cell longer than `longestField`.
    func checkRecord(_ record: CSVRecord) {
        checkWidth(record)
        for field in record.fields where field.value.count > Self.longestField {
            issues.add(
                line: field.line, column: field.column,
                "cel van \(DutchNumber.thousands(field.value.count)) tekens; verwacht hoogstens \(DutchNumber.thousands(Self.longestField)) tekens"
            )
        }
    }

    /// Checks field counts: a row with more non-empty fields than the header is an error.
    private func checkWidth(_ record: CSVRecord) {
        let width = document.header.count
        if record.fields.count > width, record.fields[width...].contains(where: { !$0.value.isEmpty }) {
            issues.add(
                line: record.line, column: width + 1,
                "regel heeft \(record.fields.count) velden, de kopregel \(width); controleer het scheidingsteken '\(CSVReader.printable(document.delimiter))' en aanhalingstekens"
            )
        }
    }
}

/// One data row with typed accessors. Accessors return nil and record an issue when a cell is invalid.
struct CSVRow {
    let record: CSVRecord
    let table: CSVTable

    var line: Int { record.line }

    func field(_ column: String) -> CSVField? {
        guard let index = table.columnIndex[column] else { return nil }
        if index < record.fields.count { return record.fields[index] }
        return CSVField(value: "", line: record.line, column: index + 1)
    }

    /// Trimmed text, nil when the column is absent or the cell empty.
    func text(_ column: String) -> String? {
        guard let value = field(column)?.value.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    func report(_ column: String, _ message: String) {
        let field = field(column)
        table.issues.add(line: field?.line ?? line, column: field?.column, message)
    }

    func required(_ column: String) -> String? {
        guard let value = text(column) else {
            if table.has(column) { report(column, "kolom \"\(column)\" is leeg; verwacht een waarde") }
            return nil
        }
        return value
    }

    /// A whole number within `range`; "50.000" is accepted.
    func integer(_ column: String, in range: ClosedRange<Int>, required: Bool = false) -> Int? {
        guard let text = required ? self.required(column) : text(column) else { return nil }
        guard let value = DutchNumber.parse(text), value == value.rounded(), let whole = Int(exactly: value) else {
            report(column, "\(DutchText.quoted(text)) is geen geheel getal; verwacht een geheel getal")
            return nil
        }
        guard range.contains(whole) else {
            report(
                column,
                "\(text) valt buiten het bereik; verwacht \(DutchNumber.thousands(range.lowerBound)) tot en met \(DutchNumber.thousands(range.upperBound))"
            )
            return nil
        }
        return whole
    }

    /// A decimal number ("73,5" or "73.5", optionally with "%") within `range`.
    func decimal(_ column: String, in range: ClosedRange<Double>, required: Bool = false) -> Double? {
        guard let text = required ? self.required(column) : text(column) else { return nil }
        let body = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let value = DutchNumber.parse(body) else {
            report(column, "\(DutchText.quoted(text)) is geen getal; verwacht bijvoorbeeld 73,5")
            return nil
        }
        guard range.contains(value) else {
            report(
                column,
                "\(text) valt buiten het bereik; verwacht \(DutchNumber.format(range.lowerBound)) tot en met \(DutchNumber.format(range.upperBound))"
            )
            return nil
        }
        return value
    }

    func date(_ column: String, required: Bool = false) -> Day? {
        guard let text = required ? self.required(column) : text(column) else { return nil }
        guard let day = Day(parsing: text) else {
            report(column, "\(DutchText.quoted(text)) is geen datum; verwacht bijvoorbeeld 26-09-2024 of 2024-09-26")
            return nil
        }
        return day
    }

    func boolean(_ column: String, required: Bool = false) -> Bool? {
        guard let text = required ? self.required(column) : text(column) else { return nil }
        guard let value = DutchBoolean.parse(text) else {
            report(column, "\(DutchText.quoted(text)) is geen ja/nee-waarde; verwacht ja of nee")
            return nil
        }
        return value
    }

    func year(_ column: String, required: Bool = false) -> Int? {
        integer(column, in: ProgrammeYears.range, required: required)
    }

    func municipality(_ column: String, resolver: MunicipalityResolver, required: Bool = false) -> Municipality? {
        guard let text = required ? self.required(column) : text(column) else { return nil }
        switch resolver.resolve(text, suggesting: table.issues.issues.count < ImportFailure.listedIssueLimit) {
        case .success(let municipality): return municipality
        case .failure(let problem):
            report(column, problem.message)
            return nil
        }
    }
}
