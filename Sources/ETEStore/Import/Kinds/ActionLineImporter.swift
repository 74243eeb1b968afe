import ETEModel
import Foundation

/// The action lines of a period: number, title, first and (optionally) last year, and optionally
/// the letter's section template for the line. A line is known by its first year and number, so
/// importing it again updates its title, end year or template. Lines with the same number may not
/// be valid in the same year. Actions already stored under a line that no longer holds for their
/// year move to the line with the same number in that year, and the import says so.
/// `onderwerpen` names the letter's topics with figures the line carries (`campagne|week`), and
/// `programma`/`programma_kort` how the letter names the period's programme mid-sentence.
struct ActionLineImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("nummer", "actielijn"), .required("titel"), .required("van_jaar", "vanaf", "eerste_jaar"),
        .optional("tot_en_met_jaar", "t_m_jaar", "laatste_jaar"), .optional("sjabloon"), .optional("onderwerpen"),
        .optional("programma"), .optional("programma_kort"),
    ]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        var seen = DuplicateGuard<String>()
        var imported: [(line: ActionLine, row: CSVRow)] = []
        let templates = context.request.templatesDirectory.map(Self.lineTemplates(in:))
        for row in table.rows {
            let number = row.integer("nummer", in: 1...20, required: true)
            let title = row.required("titel")
            let first = row.year("van_jaar", required: true)
            let last = row.year("tot_en_met_jaar")
            let template = self.template(row, known: templates)
            let topics = self.topics(row, known: context.request.templatesDirectory.map(Self.topicNames(in:)))
            if let first, let last, last < first {
                row.report("tot_en_met_jaar", "\(last) ligt vóór van_jaar \(first); verwacht \(first) of later")
                continue
            }
            guard let number, let title, let first else { continue }
            let programme = row.text("programma")
            let line = ActionLine(
                number: number, title: title, firstYear: first, lastYear: last, template: template, topics: topics,
                programme: programme, programmeShort: row.text("programma_kort") ?? programme)
            guard seen.admit(line.id, row: row, column: "nummer", what: "actielijn \(number) vanaf \(first)") else { continue }
            try context.transaction.upsert(line)
            imported.append((line, row))
        }
        let lines = try context.transaction.reader.actionLines()
        for (line, row) in imported {
            for other in lines where other.id != line.id && other.number == line.number && other.overlaps(line) {
                row.report(
                    "van_jaar",
                    "actielijn \(line.number) (\(line.period)) overlapt met actielijn \(other.number) "
                        + "(\(other.period), \(DutchText.quoted(other.title))); geef die lijn een tot_en_met_jaar of gebruik van_jaar \(other.firstYear) om hem bij te werken"
                )
            }
        }
        var notes: [String] = []
        if context.issues.isEmpty { notes = try moveActionsToValidLines(lines, context) }
        return ImportSummary(kind: .actionLines, fileName: context.fileName, rows: imported.count, notes: notes)
    }

    /// The line templates in templates/kamerbrief/secties/actielijnen/, by name without ".md".
    static func lineTemplates(in templatesFolder: URL) -> [String] {
        let folder = templatesFolder.appendingPathComponent("kamerbrief/\(ActionLine.templateFolder)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// The topic templates in templates/kamerbrief/secties/onderwerpen/, by name without ".md".
    static func topicNames(in templatesFolder: URL) -> [String] {
        let folder = templatesFolder.appendingPathComponent("kamerbrief/\(ActionLine.topicFolder)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// The topics a line carries, separated by "|", ",", ";" or spaces; each must be a topic template.
    private func topics(_ row: CSVRow, known: [String]?) -> [String] {
        guard let text = row.text("onderwerpen") else { return [] }
        var topics: [String] = []
        for name in text.split(whereSeparator: { "|,; ".contains($0) }).map({ $0.lowercased() }) where !topics.contains(name) {
            if let known, !known.contains(name) {
                var message = "onbekend onderwerp \(DutchText.quoted(name)); de brief kent \(known.joined(separator: ", "))"
                if let guess = DutchText.suggestion(for: name, among: known) { message += " — bedoelde u \(guess)?" }
                row.report("onderwerpen", message)
                continue
            }
            topics.append(name)
        }
        return topics
    }

    /// The template's name without ".md"; nil when the column is empty or the name is reported as
    /// wrong. `known` is nil when no templates folder was given (the name is then not checked).
    private func template(_ row: CSVRow, known: [String]?) -> String? {
        guard let name = row.text("sjabloon") else { return nil }
        let base = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        guard base.wholeMatch(of: /[a-z0-9][a-z0-9-]*/) != nil else {
            row.report(
                "sjabloon",
                "\(DutchText.quoted(name)) is geen sjabloonnaam; verwacht kleine letters, cijfers en streepjes, zoals lokale-aanpak")
            return nil
        }
        guard let known else { return base }
        guard known.contains(base) else {
            var message = "sjabloon \(base).md bestaat niet in templates/kamerbrief/\(ActionLine.templateFolder)/"
            if let guess = DutchText.suggestion(for: base, among: known) { message += " — bedoelde u \(guess)?" }
            row.report("sjabloon", message + "; laat de kolom leeg voor de algemene sectie van een actielijn")
            return nil
        }
        return base
    }

    /// Statuses whose line no longer holds in their year go to the line with the same number in that year.
    private func moveActionsToValidLines(_ lines: [ActionLine], _ context: ImportContext) throws -> [String] {
        var notes: [String] = []
        for misplaced in try context.transaction.reader.actionStatusesOutsideTheirLine() {
            guard let old = lines.first(where: { $0.id == misplaced.lineID }) else { continue }
            guard let new = lines.valid(in: misplaced.year).first(where: { $0.number == old.number }) else {
                context.issues.add(
                    line: nil,
                    "\(misplaced.count) acties van \(misplaced.year) horen bij actielijn \(old.number) (\(old.period)), "
                        + "maar \(misplaced.year) heeft na deze import geen actielijn \(old.number); voeg die lijn toe of importeer die acties opnieuw onder een andere actielijn"
                )
                continue
            }
            try context.transaction.moveActionStatuses(year: misplaced.year, from: old.id, to: new.id)
            notes.append(
                "\(misplaced.count) acties van \(misplaced.year) horen nu bij actielijn \(new.number) (\(new.period)): \(new.title)")
        }
        return notes
    }
}
