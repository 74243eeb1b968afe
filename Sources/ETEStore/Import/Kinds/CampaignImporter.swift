import ETEModel

/// Campaign effect metrics per measurement wave. A campaign not yet in the store
/// is created when the row gives its name (campagnenaam).
struct CampaignImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("campagne"), .optional("campagnenaam"), .optional("doelgroep"), .required("meting", "golf"),
        .required("jaar"), .required("indicator"), .required("omschrijving"), .required("percentage"),
        .optional("doel", "streefwaarde"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        var known = Set(try context.transaction.reader.campaigns().map(\.id))
        var seen = DuplicateGuard<[String]>()
        var rows = 0
        for row in table.rows {
            let campaign = row.required("campagne")
            let wave = row.required("meting")
            let year = row.year("jaar", required: true)
            let metric = row.required("indicator")
            let label = row.required("omschrijving")
            let percentage = row.decimal("percentage", in: 0...100, required: true)
            let target = row.decimal("doel", in: 0...100)
            guard let campaign, let wave, let year, let metric, let label, let percentage else { continue }
            if !known.contains(campaign) {
                guard let name = row.text("campagnenaam") else {
                    row.report(
                        "campagne",
                        "onbekende campagne \(DutchText.quoted(campaign)); vul bij de eerste regel ook campagnenaam (en doelgroep) in")
                    continue
                }
                try context.transaction.upsert(Campaign(id: campaign, name: name, audience: row.text("doelgroep") ?? "iedereen"))
                known.insert(campaign)
            }
            guard seen.admit([campaign, wave, metric], row: row, column: "indicator", what: "indicator \(metric) (\(wave))") else {
                continue
            }
            try context.transaction.upsert(
                CampaignMeasurement(
                    campaignID: campaign, wave: wave, year: year, metric: metric,
                    label: label, percentage: percentage, target: target))
            rows += 1
        }
        return ImportSummary(kind: .campaign, fileName: context.fileName, rows: rows)
    }
}
