import ETEModel

/// Municipality status: joined (aangesloten), local coalition, adviser, and residents per year.
/// A row is matched to a municipality by code or name (official, without province suffix, or an
/// everyday alias); matching never changes the official CBS name. Only the explicit column
/// `nieuwe_naam` renames (after a name change decided by the council). Columns that are absent
/// keep their stored value; an empty date cell clears it. A new CBS code is the successor of a
/// merger recorded with `ete import herindelingen`, or needs `bestaat_sinds`, with naam, provincie,
/// inwoners and inwoners_jaar.
///
/// With `--peildatum` the file is CBS's complete list of that day: every municipality the store has
/// on that day must be in it. One that is absent is refused unless a merger ended it, and the list
/// is recorded with its count for `ete check`.
struct MunicipalityImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .optional("code", "gemeentecode", "cbs_code"), .optional("naam", "gemeente", "gemeentenaam"),
        .optional("nieuwe_naam", "officiele_naam_nieuw"),
        .optional("provincie"), .optional("inwoners", "bevolking"), .optional("inwoners_jaar", "peiljaar"),
        .optional("aangesloten_sinds", "aangesloten"), .optional("lokale_coalitie_sinds", "lokale_coalitie"),
        .optional("adviseur"), .optional("bestaat_sinds"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        if !table.has("code") && !table.has("naam") {
            context.issues.add(line: 1, "kolom \"code\" of \"naam\" ontbreekt; verwacht minstens één van beide")
            return ImportSummary(kind: .municipalities, fileName: context.fileName, rows: 0)
        }
        if table.has("inwoners") && !table.has("inwoners_jaar") {
            context.issues.add(
                line: 1,
                "kolom \"inwoners\" zonder \"inwoners_jaar\"; verwacht het jaar op wiens 31 december het inwonertal geldt (zoals 2025)")
        }
        let stored = context.register.all
        let byCode = Dictionary(uniqueKeysWithValues: stored.map { ($0.code, $0) })
        var names = Dictionary(stored.map { (DutchText.matchKey($0.name), $0.code) }, uniquingKeysWith: { first, _ in first })
        var seen = DuplicateGuard<MunicipalityCode>()
        var listed = Set<MunicipalityCode>()
        var added = 0
        var renamed = 0
        var rows = 0
        for row in table.rows {
            guard var municipality = locate(row, byCode: byCode, context: context) else { continue }
            let isNew = byCode[municipality.code] == nil
            if let newName = row.text("nieuwe_naam") ?? (isNew ? row.text("naam") : nil), newName != municipality.name {
                if let other = names[DutchText.matchKey(newName)], other != municipality.code {
                    row.report(
                        table.has("nieuwe_naam") ? "nieuwe_naam" : "naam",
                        "de naam \(DutchText.quoted(newName)) is al van \(byCode[other]?.name ?? other.rawValue) (\(other)); verwacht een naam die geen andere gemeente heeft"
                    )
                    continue
                }
                names[DutchText.matchKey(municipality.name)] = nil
                names[DutchText.matchKey(newName)] = municipality.code
                municipality.name = newName
                if !isNew { renamed += 1 }
            }
            if let province = row.text("provincie") { municipality.province = province }
            let population = row.integer("inwoners", in: 0...2_000_000)
            let populationYear = row.year("inwoners_jaar", required: population != nil)
            if table.has("aangesloten_sinds") { municipality.joinedOn = row.date("aangesloten_sinds") }
            if table.has("lokale_coalitie_sinds") { municipality.localCoalitionSince = row.date("lokale_coalitie_sinds") }
            if table.has("adviseur") { municipality.adviser = row.text("adviseur") }
            if isNew {
                guard let from = row.date("bestaat_sinds") else {
                    if row.text("bestaat_sinds") == nil {
                        row.report(
                            "code",
                            "\(municipality.code) (\(municipality.name)) is een nieuwe gemeente zonder vastgelegde herindeling; leg die eerst vast met 'ete import herindelingen' (oude codes, nieuwe code, datum, bron) of geef de kolom bestaat_sinds"
                        )
                    }
                    continue
                }
                municipality.existsFrom = from
            }
            if isNew, municipality.name.isEmpty || municipality.province.isEmpty || population == nil {
                row.report("code", "nieuwe gemeente \(municipality.code) heeft ook naam, provincie, inwoners en inwoners_jaar nodig")
                continue
            }
            guard
                seen.admit(
                    municipality.code, row: row, column: table.has("code") ? "code" : "naam",
                    what: "gemeente \(municipality.name)")
            else { continue }
            if isNew, let population { municipality.population = population }
            try context.transaction.upsert(municipality)
            if let population, let populationYear {
                try context.transaction.setPopulation(population, of: municipality.code, year: populationYear)
            }
            rows += 1
            listed.insert(municipality.code)
            if isNew { added += 1 }
        }
        if let day = context.request.referenceDate {
            try checkComplete(listing: listed, on: day, context: context)
        }
        var summary = ImportSummary(kind: .municipalities, fileName: context.fileName, rows: rows)
        if added > 0 { summary.notes.append("\(added) nieuwe gemeente(n) toegevoegd") }
        if renamed > 0 { summary.notes.append("\(renamed) gemeente(n) hernoemd via nieuwe_naam") }
        return summary
    }

    /// A complete list names every municipality that exists on its day; an absence is explained
    /// only by a recorded merger (or end). Recorded with its count for `ete check`.
    private func checkComplete(listing listed: Set<MunicipalityCode>, on day: Day, context: ImportContext) throws {
        let absent = context.register.municipalities(on: day).filter { !listed.contains($0.code) }
        if !absent.isEmpty {
            let names = absent.map { "\($0.name) (\($0.code))" }
            context.issues.add(
                line: nil,
                "de gemeentelijst van \(day.dutchLong) mist \(absent.count) gemeente(n) zonder vastgelegde herindeling: \(names.joined(separator: ", ")); leg elke herindeling eerst vast met 'ete import herindelingen' (of controleer de lijst)"
            )
            return
        }
        try context.transaction.recordMunicipalityList(on: day, count: listed.count, source: context.fileName)
    }

    /// The stored municipality the row is about. With both code and naam, the name must belong to
    /// that code (official name, alias or name without province suffix): a mismatch is a mistake
    /// in the file, not a rename.
    private func locate(_ row: CSVRow, byCode: [MunicipalityCode: Municipality], context: ImportContext) -> Municipality? {
        guard let codeText = row.text("code") else {
            return row.municipality("naam", resolver: context.municipalities, required: true)
        }
        guard let code = MunicipalityCode(codeText) else {
            row.report("code", "\(DutchText.quoted(codeText)) is geen gemeentecode; verwacht bijvoorbeeld GM0363")
            return nil
        }
        guard let existing = byCode[code] else {
            if let merger = context.directory.merger(code: code) {
                row.report(
                    "code",
                    "gemeentecode \(code) (\(merger.name)) is sinds \(merger.date.dutchLong) opgeheven; verwacht een bestaande of nieuwe gemeente"
                )
                return nil
            }
            return Municipality(code: code, name: "", province: "", population: 0)
        }
        if case .failure(let problem) = context.municipalities.resolve(code.rawValue) {
            row.report("code", problem.message)
            return nil
        }
        guard let name = row.text("naam") else { return existing }
        switch context.municipalities.resolve(name) {
        case .success(let named) where named.code == code:
            return existing
        case .success(let named):
            row.report(
                "naam",
                "naam \(DutchText.quoted(name)) hoort bij \(named.name) (\(named.code)), niet bij \(existing.name) (\(code)); controleer code en naam (hernoemen gaat met de kolom nieuwe_naam)"
            )
        case .failure:
            row.report(
                "naam",
                "naam \(DutchText.quoted(name)) is niet de naam van \(existing.name) (\(code)); de officiële naam blijft staan (hernoemen gaat met de kolom nieuwe_naam)"
            )
        }
        return nil
    }
}
