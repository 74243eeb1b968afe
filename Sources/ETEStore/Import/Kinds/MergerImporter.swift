import ETEModel

/// Municipal mergers (`ete import herindelingen`): one row per ended municipality and successor.
/// Several rows with the same new code are a merger; one old code with several new codes a
/// division. The old municipality ends on `datum` (the first day it no longer exists); a new code
/// the store does not know yet becomes a municipality from that day, named by `nieuwe_naam`, in
/// `provincie` (or its predecessors' common province). Its residents are its predecessors' together
/// until CBS counts it (`ete import gemeenten` with `inwoners` and `inwoners_jaar`).
/// A merger that would leave stored data (a benchmark of a later year, say) under a municipality
/// that no longer exists is refused; so is an old code that already ended otherwise.
struct MergerImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("oude_code", "opgeheven_code"), .optional("oude_naam", "opgeheven_gemeente"),
        .required("nieuwe_code"), .optional("nieuwe_naam"), .optional("provincie"),
        .required("datum", "herindelingsdatum"), .required("bron"),
    ]

    private struct NewMunicipality {
        var name: String?
        var province: String?
        var date: Day
        var predecessors: [Municipality]
        var line: CSVRow
    }

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        let register = context.register
        var mergers: [MunicipalityCode: MunicipalityMerger] = [:]
        var order: [MunicipalityCode] = []
        var created: [MunicipalityCode: NewMunicipality] = [:]
        var seen = DuplicateGuard<[MunicipalityCode]>()
        for row in table.rows {
            let old = code(row, "oude_code").flatMap { ended(row, code: $0, register: register) }
            let successor = code(row, "nieuwe_code")
            let date = row.date("datum", required: true)
            let source = row.required("bron")
            guard let old, let successor, let date, let source else { continue }
            guard seen.admit([old.code, successor], row: row, column: "nieuwe_code", what: "herindeling \(old.name) → \(successor)")
            else { continue }
            if let name = row.text("oude_naam"), DutchText.matchKey(name) != DutchText.matchKey(old.name) {
                row.report("oude_naam", "\(DutchText.quoted(name)) is niet de naam van \(old.code) (\(old.name)); controleer de code")
                continue
            }
            guard successor != old.code else {
                row.report("nieuwe_code", "nieuwe_code is gelijk aan oude_code; verwacht de gemeente waarin \(old.name) opgaat")
                continue
            }
            if let ending = old.endedOn, ending != date {
                row.report("datum", "\(old.name) (\(old.code)) bestaat al sinds \(ending.dutchLong) niet meer; verwacht die datum")
                continue
            }
            if let from = old.existsFrom, date <= from {
                row.report("datum", "\(old.name) bestaat pas sinds \(from.dutchLong); verwacht een latere datum")
                continue
            }
            if let earlier = mergers[old.code], earlier.date != date {
                row.report(
                    "datum", "\(old.name) heeft op een andere regel de datum \(earlier.date.dutchLong); verwacht één datum per gemeente")
                continue
            }
            guard checkSuccessor(successor, row: row, date: date, old: old, register: register, created: &created) else { continue }
            if mergers[old.code] == nil { order.append(old.code) }
            mergers[old.code, default: MunicipalityMerger(code: old.code, name: old.name, date: date, successors: [], source: source)]
                .successors.append(successor)
        }
        complete(&created)
        try refuseOrphanedData(mergers.values, context: context)
        guard context.issues.isEmpty else { return ImportSummary(kind: .mergers, fileName: context.fileName, rows: 0) }
        // A new municipality an earlier import of this merger created keeps what was recorded since (joining, adviser).
        for (code, new) in created.sorted(by: { $0.key < $1.key }) where register[code] == nil {
            guard let name = new.name, let province = new.province else { continue }
            try context.transaction.upsert(
                Municipality(
                    code: code, name: name, province: province, population: new.predecessors.map(\.population).reduce(0, +),
                    existsFrom: new.date))
        }
        for code in order {
            let merger = mergers[code]!
            var old = register[code]!
            old.endedOn = merger.date
            try context.transaction.upsert(old)
            try context.transaction.insert(merger)
        }
        var summary = ImportSummary(kind: .mergers, fileName: context.fileName, rows: table.rows.count)
        summary.notes.append("\(order.count) gemeente(n) opgeheven")
        if !created.isEmpty {
            summary.notes.append(
                "nieuw: "
                    + created.sorted { $0.key < $1.key }.map { "\($0.value.name ?? "") (\($0.key)) vanaf \($0.value.date.dutchLong)" }
                    .joined(separator: ", "))
        }
        // Joining the programme, a local coalition and an adviser are the new council's choices: not inherited.
        for (code, new) in created.sorted(by: { $0.key < $1.key }) where register[code] == nil {
            let joined = new.predecessors.filter { $0.joinedOn != nil }.map(\.name).sorted()
            guard !joined.isEmpty else { continue }
            summary.notes.append(
                "\(new.name ?? code.rawValue) telt nog niet als aangesloten (de voorgangers \(DutchPhrase.list(joined)) waren dat wel); "
                    + "lees aangesloten_sinds, lokale_coalitie_sinds en adviseur in met 'ete import gemeenten'")
        }
        return summary
    }

    private func code(_ row: CSVRow, _ column: String) -> MunicipalityCode? {
        guard let text = row.required(column) else { return nil }
        guard let code = MunicipalityCode(text) else {
            row.report(column, "\(DutchText.quoted(text)) is geen gemeentecode; verwacht een CBS-code zoals GM0363")
            return nil
        }
        return code
    }

    /// The stored municipality that ends.
    private func ended(_ row: CSVRow, code: MunicipalityCode, register: MunicipalityRegister) -> Municipality? {
        guard let municipality = register[code] else {
            row.report("oude_code", "gemeentecode \(code) staat niet in de gemeentelijst; verwacht een gemeente die nu bestaat")
            return nil
        }
        return municipality
    }

    /// A successor is a stored municipality that exists on the merger date and takes the others
    /// in, or a new municipality from that date (new code, or one an earlier import of the same
    /// merger created), named on one of its rows.
    private func checkSuccessor(
        _ code: MunicipalityCode, row: CSVRow, date: Day, old: Municipality, register: MunicipalityRegister,
        created: inout [MunicipalityCode: NewMunicipality]
    ) -> Bool {
        let existing = register[code]
        if let existing, existing.existsFrom != date {
            guard existing.exists(on: date) else {
                row.report(
                    "nieuwe_code", "\(existing.name) (\(code)) bestaat niet op \(date.dutchLong); verwacht een gemeente die dan bestaat")
                return false
            }
            return true
        }
        var new =
            created[code]
            ?? NewMunicipality(name: existing?.name, province: existing?.province, date: date, predecessors: [], line: row)
        if let name = row.text("nieuwe_naam") {
            if let other = register.all.first(where: { DutchText.matchKey($0.name) == DutchText.matchKey(name) && $0.code != code }) {
                row.report(
                    "nieuwe_naam", "de naam \(DutchText.quoted(name)) is al van \(other.name) (\(other.code)); verwacht een nieuwe naam")
                return false
            }
            new.name = name
        }
        if let province = row.text("provincie") { new.province = province }
        new.predecessors.append(old)
        created[code] = new
        return true
    }

    /// A new municipality needs a name; its province is given or the one all its predecessors share.
    private func complete(_ created: inout [MunicipalityCode: NewMunicipality]) {
        for (code, new) in created {
            if new.name == nil {
                new.line.report(
                    "nieuwe_naam", "nieuwe gemeente \(code) heeft een naam nodig; verwacht de kolom nieuwe_naam op een van haar regels")
            }
            if new.province == nil {
                let provinces = Set(new.predecessors.map(\.province))
                if provinces.count == 1 {
                    created[code]?.province = provinces.first
                } else {
                    new.line.report(
                        "provincie",
                        "de voorgangers van \(code) liggen in \(provinces.sorted().joined(separator: " en ")); verwacht de kolom provincie")
                }
            }
        }
    }

    /// Refuses data of an ended municipality in a year it no longer counts in.
    private func refuseOrphanedData(_ mergers: Dictionary<MunicipalityCode, MunicipalityMerger>.Values, context: ImportContext) throws {
        for merger in mergers.sorted(by: { $0.code < $1.code }) {
            let lastYear = merger.date.year - (merger.date == Day.firstOfJanuary(merger.date.year) ? 1 : 0)
            let later = try context.transaction.reader.yearsWithData(of: merger.code).filter { $0.year > lastYear }
            if !later.isEmpty {
                let list = later.map { "\($0.what) \($0.year)" }.joined(separator: ", ")
                context.issues.add(
                    line: nil,
                    "\(merger.name) (\(merger.code)) heeft gegevens van na de herindeling (\(list)); lees die eerst opnieuw in onder de nieuwe gemeente"
                )
            }
        }
    }
}
