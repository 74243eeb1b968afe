import ArgumentParser
import ETEStore
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Lees een CSV-bestand, een vragenlijst (YAML) of de brieftekst van een jaar (map) in de database.",
        discussion: """
            Soorten:
            \(ImportKind.allCases.map { "  \($0.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \($0.summary)" }.joined(separator: "\n"))

            CSV mag met komma, puntkomma of tab gescheiden zijn, met of zonder BOM, met decimale komma.
            Gemeenten mogen met CBS-code (GM0363) of naam. Een import gebeurt in één keer: bij één fout
            wordt niets opgeslagen en krijgt u alle fouten met bestand:regel:kolom. De bestandsformaten
            staan met voorbeelden in README.md.

            letter-text leest een map: brief.yaml (datum, kenmerk, betreft, ondertekenaar, functie,
            bijlagen) en per passage een Markdown-bestand, bijvoorbeeld opening.md. De sjablonen in
            templates/kamerbrief/ zeggen welke passages de brief gebruikt; voorbeeld:
            templates/kamerbrief/demo/2024/.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Soort bestand (zie hieronder).", valueName: "soort"))
    var kind: String

    @Argument(help: ArgumentHelp("Het bestand (bij letter-text: de map) om in te lezen.", valueName: "bestand"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Het jaar waar het bestand over gaat (verplicht voor benchmark, week en letter-text).", valueName: "jaar"))
    var year: Int?

    func validate() throws {
        guard ImportKind(name: kind) != nil else {
            throw ValidationError("onbekende soort '\(kind)'; kies uit: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try reportingErrors {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CLIError.unusable("\(file) bestaat niet; controleer het pad")
            }
            let store = try Store.open(at: global.databasePath)
            let request = ImportRequest(kind: ImportKind(name: kind)!, file: URL(fileURLWithPath: file), year: year,
                                        templatesDirectory: try? global.templatesDirectory())
            let summary = try Importer.run(request, into: store)
            let unit = summary.kind == .letterText ? "passage(s)" : "regel(s)"
            print("\(summary.fileName): \(summary.rows) \(unit) ingelezen als \(summary.kind.rawValue).")
            summary.notes.forEach { print("  \($0)") }
        }
    }
}
