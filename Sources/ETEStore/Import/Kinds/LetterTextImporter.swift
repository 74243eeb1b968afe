import ETEModel
import Foundation
import Yams

/// Imports a year's letter text from a folder: `brief.yaml` with the letterhead facts and one
/// Markdown file per passage (`opening.md`, `actielijn-1-vooruitblik.md`, …). The year's earlier
/// text is replaced as a whole, in one transaction.
///
///     jaar: 2024
///     datum: 2025-06-30
///     kenmerk: 1234567-1234567-DMO
///     betreft: Voortgangsbrief Eén tegen eenzaamheid over 2024
///     ondertekenaar: A. de Vries
///     functie: de staatssecretaris Langdurige en Maatschappelijke Zorg,
///     bijlagen: [Benchmarkrapport 2024]
///     uw_brief: 2025Z01234        (optioneel: het kenmerk van de brief waarop deze antwoordt)
///     afzender:                   (het colofon rechts op de eerste bladzijde)
///       organisatie: Ministerie van Volksgezondheid, Welzijn en Sport
///       directie: Directie Maatschappelijke Ondersteuning
///       bezoekadres: [Parnassusplein 5, 2511 VX  Den Haag]
///       postadres: [Postbus 20350, 2500 EJ  Den Haag]
///       website: www.rijksoverheid.nl
///       contact: [naam, telefoon, e-mail]
///     fictief: nee          (ja voor een verzonnen voorbeeldtekst: de brief krijgt dan de fictief-melding)
enum LetterTextImporter {
    static func run(_ request: ImportRequest, into store: Store) throws -> ImportSummary {
        guard let year = request.year else { preconditionFailure("checked by Importer.checkYear") }
        let text = try LetterTextFolder.read(request.file, year: year)
        let folderName = request.file.lastPathComponent
        return try store.write { transaction in
            try transaction.replaceLetterText(text)
            try transaction.logImport(kind: ImportKind.letterText.rawValue, file: folderName, year: year, rows: text.passages.count)
            let lines = try transaction.reader.actionLines().valid(in: year)
            let unused =
                (request.templatesDirectory.map {
                    PassageCatalogue(templatesFolder: $0).unusedPassageWarnings(text.passages.keys, lines: lines, year: year)
                } ?? []).map { "waarschuwing: " + $0 }
            let sender =
                text.metadata.sender == nil
                ? [
                    "waarschuwing: brief.yaml heeft geen blok afzender; het briefhoofd heeft dat nodig, met \(LetterSender.keysInWords) (het retouradres volgt uit het postadres)"
                ] : []
            return ImportSummary(
                kind: .letterText, fileName: folderName, rows: text.passages.count,
                notes: ["brief \(year): \(text.passages.count) passages, kenmerk \(text.metadata.reference)"] + sender + unused)
        }
    }
}

/// Reads and checks a letter text folder; every problem of every file is reported at once.
public enum LetterTextFolder {
    static let metadataFile = "brief.yaml"

    public static func read(_ folder: URL, year: Int) throws -> LetterText {
        let folderName = folder.lastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ImportFailure(
                ImportIssue(file: folder.path, message: "geen map; verwacht een map met \(metadataFile) en een .md-bestand per passage"))
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw ImportFailure(ImportIssue(file: folder.path, message: "map niet leesbaar; controleer de rechten"))
        }
        let names = entries.filter { !$0.hasPrefix(".") }.sorted()
        guard names.contains(metadataFile) else {
            throw ImportFailure(
                ImportIssue(file: folderName, message: "\(metadataFile) ontbreekt; daarin staan datum, kenmerk, betreft en ondertekenaar"))
        }
        var issues: [ImportIssue] = []
        let metadata = try collecting(&issues) { try readMetadata(folder.appendingPathComponent(metadataFile), year: year) }
        var passages: [String: String] = [:]
        for name in names where name != metadataFile {
            let url = folder.appendingPathComponent(name)
            guard name.hasSuffix(".md") else {
                issues.append(ImportIssue(file: name, message: "onbekend bestand; verwacht \(metadataFile) of passages als .md"))
                continue
            }
            let key = String(name.dropLast(3))
            guard LetterText.isValidKey(key) else {
                issues.append(
                    ImportIssue(
                        file: name,
                        message:
                            "ongeldige naam \(DutchText.quoted(key)); gebruik kleine letters, cijfers en streepjes, zoals actielijn-1.md"
                    ))
                continue
            }
            if let text = try collecting(&issues, { try readPassage(url) }) { passages[key] = text }
        }
        guard issues.isEmpty, let metadata else { throw ImportFailure(issues: issues) }
        return LetterText(year: year, metadata: metadata, passages: passages)
    }

    /// Runs `body`, moving the issues of a refused file into `issues` so all files are checked.
    private static func collecting<T>(_ issues: inout [ImportIssue], _ body: () throws -> T) throws -> T? {
        do { return try body() } catch let failure as ImportFailure {
            issues += failure.issues
            return nil
        }
    }

    static func readMetadata(_ url: URL, year: Int) throws -> LetterMetadata {
        let name = url.lastPathComponent
        let text = try CSVReader.decodeText(url)
        let root = try YAMLDocument.root(text, fileName: name, expected: "datum, kenmerk, betreft, ondertekenaar en functie")
        let collector = IssueCollector(file: name)
        let reader = NodeReader(issues: collector)
        if root["jaar"] != nil, let stated = reader.int(root, "jaar", in: ProgrammeYears.range), stated != year {
            collector.add(line: root["jaar"]?.mark?.line, "de brief is voor \(stated), maar --year is \(year)")
        }
        let date = reader.date(root, "datum")
        let reference = reader.string(root, "kenmerk")
        let subject = reader.string(root, "betreft")
        let signatory = reader.string(root, "ondertekenaar")
        let title = reader.string(root, "functie")
        let attachments = reader.strings(root, "bijlagen") ?? []
        let yourReference = reader.string(root, "uw_brief", required: false)
        let sender = root["afzender"].flatMap { readSender($0, reader: reader, collector: collector) }
        let fictitious = reader.yesNo(root, "fictief") ?? false
        try collector.throwIfAny()
        guard let date, let reference, let subject, let signatory, let title else { preconditionFailure("missing keys were recorded") }
        return LetterMetadata(
            date: date, reference: reference, subject: subject, signatory: signatory,
            signatoryTitle: title.trimmingCharacters(in: .whitespacesAndNewlines), attachments: attachments,
            sender: sender, yourReference: yourReference, fictitious: fictitious)
    }

    /// The `afzender` block: organisation and postal address are required, the rest is optional.
    private static func readSender(_ node: Node, reader: NodeReader, collector: IssueCollector) -> LetterSender? {
        guard node.mapping != nil else {
            collector.add(
                line: node.mark?.line, column: node.mark?.column,
                "afzender moet sleutels hebben: \(LetterSender.keysInWords)")
            return nil
        }
        reader.reportUnknownKeys(
            node, known: Set(LetterSender.requiredKeys + LetterSender.optionalKeys), in: "afzender")
        let organisation = reader.string(node, "organisatie")
        let postal = reader.lines(node, "postadres", required: true)
        guard let organisation, let postal else { return nil }
        return LetterSender(
            organisation: organisation, directorate: reader.string(node, "directie", required: false),
            visitingAddress: reader.lines(node, "bezoekadres") ?? [], postalAddress: postal,
            website: reader.string(node, "website", required: false), contact: reader.lines(node, "contact") ?? [])
    }

    /// A passage must be readable text with every footnote `^[…]` closed on its line.
    static func readPassage(_ url: URL) throws -> String {
        let name = url.lastPathComponent
        let text = try CSVReader.decodeText(url).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ImportFailure(ImportIssue(file: name, message: "passage is leeg")) }
        let collector = IssueCollector(file: name)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var depth = 0
            var opened: String.Index?
            var position = line.startIndex
            while position < line.endIndex {
                if line[position...].hasPrefix("^[") {
                    if depth == 0 { opened = position }
                    depth += 1
                    position = line.index(position, offsetBy: 2)
                    continue
                }
                if line[position] == "]", depth > 0 { depth -= 1 }
                position = line.index(after: position)
            }
            if depth > 0, let opened {
                collector.add(
                    line: index + 1, column: line.distance(from: line.startIndex, to: opened) + 1,
                    "voetnoot \"^[\" wordt niet afgesloten met \"]\" op dezelfde regel")
            }
        }
        try collector.throwIfAny()
        return text
    }
}
