import ETEModel
import Foundation

/// Imports what staff write for a municipality's local factsheet (`ete import stappenplan-tekst
/// FILE --municipality X --year N`): a YAML file, replacing the earlier text of that survey.
///
///     bijeenkomst: 2025-03-27      (optioneel: de dag van de lokale bijeenkomst)
///     aanleiding: |                (optioneel: alinea's voor "Aanleiding", gescheiden door een lege regel)
///       De gemeente wil weten …
///     samenvatting: |              (alinea's voor de samenvatting aan het eind)
///       Samenvattend …
///     fictief: nee                 (ja voor een verzonnen voorbeeldtekst)
enum LocalSurveyTextImporter {
    static func run(_ request: ImportRequest, into store: Store) throws -> ImportSummary {
        guard let year = request.year, let name = request.municipality else { preconditionFailure("checked by Importer") }
        let fileName = request.file.lastPathComponent
        let issues = IssueCollector(file: fileName)
        let found = try store.read { reader in
            Importer.requested(municipality: name, resolver: try reader.municipalityResolver(on: request.municipalityDay), issues: issues)
        }
        try issues.throwIfAny()
        guard let municipality = found else { preconditionFailure("an unknown municipality was recorded") }
        let text = try LocalSurveyTextFile.read(request.file, municipality: municipality.code, year: year)
        return try store.write { transaction in
            try transaction.replace(text)
            try transaction.logImport(kind: ImportKind.localSurveyText.rawValue, file: fileName, year: year, rows: 1)
            var notes = ["tekst voor de lokale factsheet van \(municipality.name) over \(year)"]
            if try transaction.reader.localSurvey(municipality: municipality.code, year: year) == nil {
                notes.append(
                    "waarschuwing: er zijn nog geen enquêteantwoorden van \(municipality.name) over \(year); lees ze in met 'ete import stappenplan'"
                )
            }
            return ImportSummary(kind: .localSurveyText, fileName: fileName, rows: 1, notes: notes)
        }
    }
}

/// Reads and checks a staff text file for the local factsheet; every problem is reported with its place.
public enum LocalSurveyTextFile {
    public static func read(_ url: URL, municipality: MunicipalityCode, year: Int) throws -> LocalSurveyText {
        let name = url.lastPathComponent
        let root = try YAMLDocument.root(
            try CSVReader.decodeText(url), fileName: name, expected: "bijeenkomst, aanleiding en samenvatting")
        let issues = IssueCollector(file: name)
        let reader = NodeReader(issues: issues)
        if root.mapping == nil {
            issues.add(line: root.mark?.line, "verwacht sleutels als bijeenkomst, aanleiding en samenvatting")
            try issues.throwIfAny()
        }
        reader.reportUnknownKeys(root, known: ["bijeenkomst", "aanleiding", "samenvatting", "fictief"])
        let meeting = reader.date(root, "bijeenkomst", required: false)
        let introduction = reader.string(root, "aanleiding", required: false).map(paragraphs) ?? []
        let summary = reader.string(root, "samenvatting").map(paragraphs) ?? []
        let fictitious = reader.yesNo(root, "fictief") ?? false
        try issues.throwIfAny()
        return LocalSurveyText(
            municipality: municipality, year: year, meetingDate: meeting, introduction: introduction, summary: summary,
            fictitious: fictitious)
    }

    /// Paragraphs separated by an empty line; the lines within one are joined, as Markdown does.
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n").split { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { lines in lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
    }
}
