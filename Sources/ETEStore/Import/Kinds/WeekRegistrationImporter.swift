import ETEModel

/// Activity registrations for one year's Week tegen Eenzaamheid; replaces that year's earlier import.
struct WeekRegistrationImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("organisator", "organisatie"), .optional("gemeente"), .required("datum"),
        .required("soort_activiteit", "activiteit"), .required("kom_erbij_pakket", "kom_erbij"),
        .optional("deelnemers"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        guard let year = context.year else { return ImportSummary(kind: .weekRegistrations, fileName: context.fileName, rows: 0) }
        guard try context.transaction.reader.weekEdition(year: year) != nil else {
            context.issues.add(
                line: nil, "er is geen Week tegen Eenzaamheid \(year) bekend; importeer eerst de editie met 'ete import week-edities'")
            return ImportSummary(kind: .weekRegistrations, fileName: context.fileName, rows: 0)
        }
        var registrations: [WeekRegistration] = []
        for row in table.rows {
            let organiser = row.required("organisator")
            let municipality = row.municipality("gemeente", resolver: context.municipalities)
            let date = row.date("datum", required: true)
            let activity = row.required("soort_activiteit")
            let package = row.boolean("kom_erbij_pakket", required: true)
            let participants = row.integer("deelnemers", in: 0...100_000)
            if let date, date.year != year {
                row.report("datum", "datum \(date) ligt niet in \(year); verwacht een activiteit uit de Week van \(year)")
                continue
            }
            if row.text("gemeente") != nil, municipality == nil { continue }
            guard let organiser, let date, let activity, let package else { continue }
            registrations.append(
                WeekRegistration(
                    year: year, organiser: organiser, municipality: municipality?.code, date: date,
                    activityType: activity, komErbijPackage: package, participants: participants))
        }
        guard context.issues.isEmpty else { return ImportSummary(kind: .weekRegistrations, fileName: context.fileName, rows: 0) }
        let replaced = try context.transaction.deleteWeekRegistrations(year: year)
        for registration in registrations { try context.transaction.insert(registration) }
        var summary = ImportSummary(kind: .weekRegistrations, fileName: context.fileName, rows: registrations.count)
        if replaced > 0 { summary.notes.append("\(replaced) eerdere aanmeldingen van \(year) vervangen") }
        return summary
    }
}
