import ETEModel

/// Single programme figures per year (e.g. interventions in the Movisie databank), each with its source.
struct FigureImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("jaar"), .required("sleutel", "kerncijfer"), .required("waarde"), .required("omschrijving"), .required("bron"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        var seen = DuplicateGuard<[String]>()
        var rows = 0
        for row in table.rows {
            let year = row.year("jaar", required: true)
            let key = row.required("sleutel")
            let value = row.decimal("waarde", in: -1e12...1e12, required: true)
            let label = row.required("omschrijving")
            let source = row.required("bron")
            guard let year, let key, let value, let label, let source,
                seen.admit([String(year), key], row: row, column: "sleutel", what: "kerncijfer \(key) (\(year))")
            else { continue }
            try context.transaction.upsert(ProgrammeFigure(year: year, key: key, value: value, label: label, source: source))
            rows += 1
        }
        return ImportSummary(kind: .figures, fileName: context.fileName, rows: rows)
    }
}
