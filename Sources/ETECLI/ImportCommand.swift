import ArgumentParser
import ETEModel
import ETEWorkbench

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Lees een CSV-bestand, een vragenlijst (YAML) of de brieftekst van een jaar (map) in de database.",
        discussion: HelpText.wrapped(
            """
            Soorten:
            \(ImportKind.helpList)

            CSV mag met komma, puntkomma of tab gescheiden zijn, met of zonder BOM, met decimale komma.
            Gemeenten mogen met CBS-code (GM0363) of naam; alleen gemeenten die bestaan op 1 januari van
            het jaar van het bestand (--year) tellen, een opgeheven gemeente wordt met haar herindeling gemeld.
            Een herindeling: eerst 'ete import herindelingen', dan de CBS-lijst met
            'ete import gemeenten LIJST --peildatum 2027-01-01'. Een import gebeurt in één keer: bij één fout
            wordt niets opgeslagen en krijgt u alle fouten met bestand:regel:kolom. De bestandsformaten
            staan met voorbeelden in README.md.

            letter-text leest een map: brief.yaml (datum, kenmerk, betreft, ondertekenaar, functie,
            bijlagen, afzender voor het colofon) en per passage een Markdown-bestand, bijvoorbeeld
            opening.md of actielijn-1-vooruitblik.md. De sjablonen in
            templates/kamerbrief/ zeggen welke passages de brief gebruikt; voorbeeld:
            templates/kamerbrief/demo/2024/.
            """)
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Soort bestand (zie hieronder).", valueName: "soort"), transform: ImportKind.parse)
    var kind: ImportKind

    @Argument(help: ArgumentHelp("Het bestand (bij letter-text: de map) om in te lezen.", valueName: "bestand"))
    var file: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Het jaar waar het bestand over gaat (verplicht voor benchmark, week, letter-text, eenzaamheidsschaal en stappenplan).",
            valueName: "jaar"))
    var year: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "De gemeente (naam of CBS-code) van een lokale enquête (verplicht voor eenzaamheidsschaal en stappenplan).",
            valueName: "gemeente"))
    var municipality: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Hoeveel organisaties of personen de Stappenplan-enquête kregen (voor de respons).", valueName: "aantal"))
    var uitgenodigd: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Alleen bij gemeenten: het bestand is de volledige CBS-gemeentelijst van deze dag (zoals 2027-01-01). Elke gemeente die dan bestaat moet erin staan; een ontbrekende gemeente wordt alleen geaccepteerd als een vastgelegde herindeling haar opheft.",
            valueName: "datum"), transform: Day.parseArgument)
    var peildatum: Day?

    func run() throws {
        try reportingErrors {
            let summary = try DataTasks.importFile(
                file, kind: kind, year: year, municipality: municipality, invited: uitgenodigd, referenceDate: peildatum,
                in: global.workspace)
            let unit = summary.kind == .letterText ? "passage(s)" : "regel(s)"
            print("\(summary.fileName): \(summary.rows) \(unit) ingelezen als \(summary.kind.rawValue).")
            for note in summary.notes { print("  \(note)") }
        }
    }
}
