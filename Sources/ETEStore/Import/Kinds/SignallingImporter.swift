import ETEModel

/// Signalling networks per municipality (since when) and, optionally, the number of reports in a year.
struct SignallingImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("netwerk"), .required("gemeente"), .required("sinds"), .optional("jaar"), .optional("meldingen"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        var seen = DuplicateGuard<[String]>()
        var rows = 0
        // Read once: every row looks its network and its day's municipalities up, so the import stays linear.
        var networks = try context.transaction.storedNetworkNames()
        var resolvers: [Day: MunicipalityResolver] = [:]
        for row in table.rows {
            let networkText = row.required("netwerk")
            let since = row.date("sinds", required: true)
            let year = row.year("jaar")
            // The municipality must exist in the row's year (or on its start date): no coverage of one that had ended.
            let day = year.map(Day.firstOfJanuary) ?? since
            let resolver = day.map { day in
                if let known = resolvers[day] { return known }
                let made = context.municipalities(on: day)
                resolvers[day] = made
                return made
            }
            let municipality = row.municipality("gemeente", resolver: resolver ?? context.municipalities, required: true)
            let reports = row.integer("meldingen", in: 0...1_000_000)
            if reports != nil, year == nil {
                row.report("jaar", "meldingen zonder jaar; verwacht het jaar waarin de meldingen zijn gedaan")
            }
            guard let networkText, let municipality, let since else { continue }
            let network = networks[DutchText.matchKey(networkText), default: networkText]
            networks[DutchText.matchKey(networkText)] = network
            guard
                seen.admit(
                    [network, municipality.code.rawValue, year.map(String.init) ?? ""], row: row, column: "gemeente",
                    what: "gemeente \(municipality.name)")
            else { continue }
            try context.transaction.upsert(SignallingCoverage(network: network, municipality: municipality.code, since: since))
            if let year, let reports {
                try context.transaction.upsert(
                    SignallingReports(network: network, municipality: municipality.code, year: year, reports: reports))
            }
            rows += 1
        }
        return ImportSummary(kind: .signalling, fileName: context.fileName, rows: rows)
    }
}
