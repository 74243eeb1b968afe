import ETEModel

/// Municipality status: joined (aangesloten), local coalition, adviser. Columns that are
/// absent keep their stored value; an empty date cell clears it. A new CBS code (after a
/// merger) needs naam, provincie and inwoners.
struct MunicipalityImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .optional("code", "gemeentecode", "cbs_code"), .optional("naam", "gemeente", "gemeentenaam"),
        .optional("provincie"), .optional("inwoners", "bevolking"),
        .optional("aangesloten_sinds", "aangesloten"), .optional("lokale_coalitie_sinds", "lokale_coalitie"),
        .optional("adviseur"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        if !table.has("code") && !table.has("naam") {
            context.issues.add(line: 1, "kolom \"code\" of \"naam\" ontbreekt; verwacht minstens één van beide")
            return ImportSummary(kind: .municipalities, fileName: context.fileName, rows: 0)
        }
        let stored = try context.transaction.reader.municipalities()
        let byCode = Dictionary(uniqueKeysWithValues: stored.map { ($0.code, $0) })
        var seen = DuplicateGuard<MunicipalityCode>()
        var added = 0, rows = 0
        for row in table.rows {
            guard var municipality = locate(row, byCode: byCode, context: context) else { continue }
            let isNew = byCode[municipality.code] == nil
            if let name = row.text("naam"), table.has("code") { municipality.name = name }
            if let province = row.text("provincie") { municipality.province = province }
            if let population = row.integer("inwoners", in: 0...2_000_000) { municipality.population = population }
            if table.has("aangesloten_sinds") { municipality.joinedOn = row.date("aangesloten_sinds") }
            if table.has("lokale_coalitie_sinds") { municipality.localCoalitionSince = row.date("lokale_coalitie_sinds") }
            if table.has("adviseur") { municipality.adviser = row.text("adviseur") }
            if isNew, municipality.province.isEmpty || municipality.population == 0 {
                row.report("code", "nieuwe gemeente \(municipality.code) heeft ook naam, provincie en inwoners nodig")
                continue
            }
            guard seen.admit(municipality.code, row: row, column: table.has("code") ? "code" : "naam",
                             what: "gemeente \(municipality.name)") else { continue }
            try context.transaction.upsert(municipality)
            rows += 1
            if isNew { added += 1 }
        }
        var summary = ImportSummary(kind: .municipalities, fileName: context.fileName, rows: rows)
        if added > 0 { summary.notes.append("\(added) nieuwe gemeente(n) toegevoegd") }
        return summary
    }

    private func locate(_ row: CSVRow, byCode: [MunicipalityCode: Municipality], context: ImportContext) -> Municipality? {
        if let codeText = row.text("code") {
            guard let code = MunicipalityCode(codeText) else {
                row.report("code", "\(DutchText.quoted(codeText)) is geen gemeentecode; verwacht bijvoorbeeld GM0363")
                return nil
            }
            return byCode[code] ?? Municipality(code: code, name: row.text("naam") ?? "", province: "", population: 0)
        }
        return row.municipality("naam", resolver: context.municipalities, required: true)
    }
}
