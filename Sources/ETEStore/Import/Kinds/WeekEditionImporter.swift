import ETEModel

/// Editions of the Week tegen Eenzaamheid: dates, national opening and its participants.
struct WeekEditionImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("jaar"), .required("start", "startdatum", "van"), .required("eind", "einddatum", "tot_en_met"),
        .optional("opening", "landelijke_opening"), .optional("deelnemers_opening"), .optional("thema"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        var seen = DuplicateGuard<Int>()
        var rows = 0
        for row in table.rows {
            let year = row.integer("jaar", in: WeekEdition.firstYear...ProgrammeYears.last, required: true)
            let start = row.date("start", required: true)
            let end = row.date("eind", required: true)
            let opening = row.date("opening")
            let participants = row.integer("deelnemers_opening", in: 0...100_000)
            guard let year, let start, let end else { continue }
            if start.year != year {
                row.report("start", "startdatum \(start) ligt niet in \(year); verwacht een datum in \(year)")
                continue
            }
            if end < start {
                row.report("eind", "einddatum \(end) ligt vóór de startdatum \(start)")
                continue
            }
            guard seen.admit(year, row: row, column: "jaar", what: "editie \(year)") else { continue }
            try context.transaction.upsert(
                WeekEdition(
                    year: year, startDate: start, endDate: end, openingDate: opening,
                    openingParticipants: participants, theme: row.text("thema")))
            rows += 1
        }
        return ImportSummary(kind: .weekEditions, fileName: context.fileName, rows: rows)
    }
}
