import ArgumentParser
import ETEModel
import ETEWorkbench
import Foundation

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Maak de voortgangsbrief van een jaar als Word-bestand, HTML, Markdown en PDF.",
        discussion: HelpText.wrapped(
            """
            De brief komt in <map>/<jaar>/Voortgangsbrief-<jaar>.docx, .html, .md en .pdf (de PDF maakt LibreOffice
            van het Word-bestand, getagd en toegankelijk; zonder LibreOffice komt er geen PDF). Alle cijfers komen uit de
            database (dezelfde als 'ete stats'); de vaste tekst staat in de sjablonen in templates/kamerbrief/ en
            de eigen tekst van het jaar (datum, kenmerk, ondertekenaar, verhalen) wordt ingelezen met
            'ete import letter-text MAP --year <jaar>'. Ontbreekt een cijfer dat een sjabloon nodig heeft, dan
            noemt de foutmelding het cijfer, het sjabloon met regelnummer en de import die het levert.

            Voorbeeld:
              ete letter --year 2024 --format docx
            """)
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var year: YearOption
    @OptionGroup var output: OutputOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Formaten, gescheiden door komma's: docx, html, md, pdf (standaard: alle die deze computer kan maken).", valueName: "formaten"),
        transform: LetterFormats.parse)
    var format: LetterFormats?

    func run() throws {
        try reportingErrors {
            let workspace = global.workspace
            let letter = WriteLetter(
                year: year.year, store: try workspace.openForReading(), templates: try workspace.templates(),
                outputFolder: output.folder)
            let formats = format?.formats ?? WriteLetter.standardFormats
            try letter.write(formats: formats, written: printWritten)
            for note in WriteLetter.notes(formats: formats, standard: format == nil) { print(note) }
            for warning in try letter.unusedPassageWarnings() { printWarning(warning) }
            if let notice = try letter.provenanceNotice() { print(notice) }
        }
    }
}

/// The `--format` list ("docx,html"), parsed and checked by swift-argument-parser.
struct LetterFormats: ExpressibleByArgument {
    var formats: [LetterFormat]

    init(formats: [LetterFormat]) { self.formats = formats }

    init?(argument: String) {
        let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let formats = names.compactMap(LetterFormat.init(rawValue:))
        guard !names.isEmpty, formats.count == names.count else { return nil }
        self.formats = formats
    }

    /// The same parse, refusing in Dutch (swift-argument-parser's own message is English).
    static func parse(_ argument: String) throws -> LetterFormats {
        guard let formats = LetterFormats(argument: argument) else {
            throw ValidationError("onbekend formaat in '\(argument)'; kies uit \(DutchPhrase.list(LetterFormat.allCases.map(\.rawValue)))")
        }
        return formats
    }

    static var allValueStrings: [String] { LetterFormat.allCases.map(\.rawValue) }
}
