import ArgumentParser
import ETEDemo
import ETEModel
import ETEReports
import ETEStore
import Foundation

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Maak de voortgangsbrief van een jaar als Word-bestand, HTML en Markdown.",
        discussion: """
            De brief komt in <map>/<jaar>/Voortgangsbrief-<jaar>.docx, .html en .md. Alle cijfers komen uit de
            database (dezelfde als 'ete stats'); de vaste tekst staat in de sjablonen in templates/kamerbrief/ en
            de eigen tekst van het jaar (datum, kenmerk, ondertekenaar, verhalen) wordt ingelezen met
            'ete import letter-text MAP --year <jaar>'. Ontbreekt een cijfer dat een sjabloon nodig heeft, dan
            noemt de foutmelding het cijfer, het sjabloon met regelnummer en de import die het levert.

            Voorbeeld:
              ete letter --year 2024 --format docx
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Het jaar waarover de brief gaat.", valueName: "jaar"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Formaten, gescheiden door komma's (standaard: docx,html,md).", valueName: "formaten"))
    var format = "docx,html,md"

    @Option(name: .long, help: ArgumentHelp("Uitvoermap (standaard: reports).", valueName: "map"))
    var out = "reports"

    func validate() throws {
        try validateYear(year)
        try validateOutputFolder(out)
        _ = try Self.formats(format)
    }

    static func formats(_ text: String) throws -> [LetterFormat] {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let formats = names.compactMap(LetterFormat.init(rawValue:))
        guard !names.isEmpty, formats.count == names.count else {
            throw ValidationError("onbekend formaat in '\(text)'; kies uit docx, html en md")
        }
        return formats
    }

    func run() throws {
        try reportingErrors {
            let store = try Store.openForReading(at: global.databasePath)
            let written = try LetterRun(year: year, store: store, templates: try global.templatesDirectory(),
                                        outputFolder: URL(fileURLWithPath: out)).write(formats: try Self.formats(format))
            written.forEach { print("Geschreven: \(displayPath($0))") }
            if try store.read({ try $0.isDemoData() }) { print(DemoDataset.notice) }
        }
    }
}

/// Builds and writes the letter; shared by `letter` and `build`.
struct LetterRun {
    let year: Int
    let store: Store
    let templates: URL
    let outputFolder: URL

    func write(formats: [LetterFormat]) throws -> [URL] {
        let document = try LetterBuilder(templatesFolder: templates).build(year: year, from: store)
        return try LetterFiles(outputFolder: outputFolder, year: year).write(document, formats: formats)
    }
}

/// An output folder must be named: an empty `--out ""` would write into the current folder by accident.
func validateOutputFolder(_ out: String) throws {
    if out.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("--out is leeg; geef een uitvoermap op (standaard: reports)")
    }
}

func validateYear(_ year: Int) throws {
    guard ProgrammeYears.contains(year) else {
        throw ValidationError("jaar \(year) valt buiten het programma (\(ProgrammeYears.first)–\(ProgrammeYears.last))")
    }
}
