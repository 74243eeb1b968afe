import ETEModel

/// Partners of the Nationale Coalitie tegen Eenzaamheid, matched by name (upsert).
struct PartnerImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("naam"), .required("sector"), .required("toegetreden", "toegetreden_op", "lid_sinds"),
        .optional("uitgetreden", "uitgetreden_op"), .optional("risicogroepen"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        var seen = DuplicateGuard<String>()
        var rows = 0
        var matchedSpellings: [String] = []
        for row in table.rows {
            let name = row.required("naam")
            let sector = row.required("sector")
            let joined = row.date("toegetreden", required: true)
            let left = row.date("uitgetreden")
            let groups = riskGroups(row)
            if let joined, let left, left < joined {
                row.report("uitgetreden", "uittreden (\(left)) ligt vóór toetreden (\(joined)); verwacht een latere datum")
                continue
            }
            guard let name, let sector, let joined, let groups,
                seen.admit(DutchText.matchKey(name), row: row, column: "naam", what: "partner \(name)")
            else { continue }
            if let stored = try context.transaction.upsert(
                CoalitionPartner(
                    name: name, sector: sector, joinedOn: joined,
                    leftOn: left, riskGroups: groups))
            {
                matchedSpellings.append("\(DutchText.quoted(name)) is \(DutchText.quoted(stored))")
            }
            rows += 1
        }
        var summary = ImportSummary(kind: .partners, fileName: context.fileName, rows: rows)
        if !matchedSpellings.isEmpty {
            summary.notes.append(
                "\(matchedSpellings.count) partner(s) herkend onder een andere schrijfwijze (de opgeslagen naam blijft): "
                    + matchedSpellings.prefix(10).joined(separator: "; ") + (matchedSpellings.count > 10 ? "; …" : ""))
        }
        return summary
    }

    /// "jongvolwassenen|lage-ses" — codes or the Dutch descriptions, separated by | or ,.
    private func riskGroups(_ row: CSVRow) -> [RiskGroup]? {
        guard let text = row.text("risicogroepen") else { return [] }
        var groups: [RiskGroup] = []
        for part in text.split(whereSeparator: { $0 == "|" || $0 == "," }) {
            let key = DutchText.matchKey(String(part))
            guard
                let group = RiskGroup.allCases.first(where: {
                    DutchText.matchKey($0.rawValue) == key || DutchText.matchKey($0.dutchLabel) == key
                })
            else {
                row.report(
                    "risicogroepen",
                    "onbekende risicogroep \(DutchText.quoted(part.trimmingCharacters(in: .whitespaces))); verwacht: "
                        + RiskGroup.allCases.map(\.rawValue).joined(separator: ", "))
                return nil
            }
            groups.append(group)
        }
        return groups
    }
}
