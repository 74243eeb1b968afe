import ETEModel

/// Actions per action line with their status and result text per year.
/// "actielijn" is the line's number within the scheme of that year (1–2 before 2022, 1–3 from 2022).
struct ActionImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("actie", "actie_id"), .required("actielijn"), .required("titel"), .optional("pijler"),
        .required("jaar"), .required("status"), .required("resultaat", "toelichting"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        var seen = DuplicateGuard<[String]>()
        var rows = 0
        for row in table.rows {
            let id = row.required("actie"), title = row.required("titel"), year = row.year("jaar", required: true)
            let lineNumber = row.integer("actielijn", in: 1...3, required: true)
            let pillar = row.integer("pijler", in: 1...5).flatMap(Pillar.init(rawValue:))
            let statusText = row.required("status"), result = row.required("resultaat")
            let status = statusText.flatMap { ActionStatus(rawValue: $0.lowercased()) }
            if let statusText, status == nil {
                row.report("status", "onbekende status \(DutchText.quoted(statusText)); verwacht gepland, lopend of afgerond")
            }
            guard let id, let title, let year, let lineNumber, let status, let result else { continue }
            let scheme = ActionLineScheme.scheme(for: year)
            guard let line = ActionLine.lines(in: scheme).first(where: { $0.number == lineNumber }) else {
                row.report("actielijn", "actielijn \(lineNumber) bestaat niet in \(year); verwacht 1 tot en met \(ActionLine.lines(in: scheme).count)")
                continue
            }
            guard seen.admit([id, String(year)], row: row, column: "actie", what: "actie \(id) (\(year))") else { continue }
            try context.transaction.upsert(Action(id: id, actionLineID: line.id, title: title, pillar: pillar))
            try context.transaction.upsert(ActionYearStatus(actionID: id, year: year, status: status, resultText: result))
            rows += 1
        }
        return ImportSummary(kind: .actions, fileName: context.fileName, rows: rows)
    }
}
