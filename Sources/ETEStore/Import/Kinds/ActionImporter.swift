import ETEModel

/// Actions per action line with their status and result text per year. "actielijn" is the line's
/// number among the lines valid in that year (see `ete import actielijnen`).
struct ActionImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("actie", "actie_id"), .required("actielijn"), .required("titel"), .optional("pijler"),
        .required("jaar"), .required("status"), .required("resultaat", "toelichting"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        let lines = try context.transaction.reader.actionLines()
        var seen = DuplicateGuard<[String]>()
        var rows = 0
        for row in table.rows {
            let id = row.required("actie")
            let title = row.required("titel")
            let year = row.year("jaar", required: true)
            let lineNumber = row.integer("actielijn", in: 1...20, required: true)
            let pillar = row.integer("pijler", in: 1...5).flatMap(Pillar.init(rawValue:))
            let statusText = row.required("status")
            let result = row.required("resultaat")
            let status = statusText.flatMap { ActionStatus(rawValue: $0.lowercased()) }
            if let statusText, status == nil {
                row.report("status", "onbekende status \(DutchText.quoted(statusText)); verwacht gepland, lopend of afgerond")
            }
            guard let id, let title, let year, let lineNumber, let status, let result else { continue }
            let valid = lines.valid(in: year)
            guard let line = valid.first(where: { $0.number == lineNumber }) else {
                row.report("actielijn", Self.unknownLine(lineNumber, year: year, valid: valid))
                continue
            }
            guard seen.admit([id, String(year)], row: row, column: "actie", what: "actie \(id) (\(year))") else { continue }
            try context.transaction.upsert(Action(id: id, title: title, pillar: pillar))
            try context.transaction.upsert(
                ActionYearStatus(actionID: id, year: year, actionLineID: line.id, status: status, resultText: result))
            rows += 1
        }
        return ImportSummary(kind: .actions, fileName: context.fileName, rows: rows)
    }

    static func unknownLine(_ number: Int, year: Int, valid: [ActionLine]) -> String {
        guard !valid.isEmpty else {
            return "er zijn geen actielijnen voor \(year); importeer ze eerst met 'ete import actielijnen BESTAND'"
        }
        return "actielijn \(number) bestaat niet in \(year); verwacht "
            + DutchPhrase.list(valid.map { "\($0.number) (\($0.title))" }, conjunction: "of")
    }
}
