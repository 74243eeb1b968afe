import ArgumentParser
import ETEModel
import ETEWorkbench
import Foundation

struct LocalFactsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factsheet-lokaal",
        abstract: "Maak de factsheet van een gemeente bij haar Stappenplan-enquête onder lokale organisaties.",
        discussion: HelpText.wrapped(
            """
            De factsheet volgt Bijlage 2 van het Stappenplan Samen tegen Eenzaamheid: aanleiding en respons, oordeel
            over de aanpak, beleid, signalen, knelpunten, samenwerking, wat nodig is, eenzaamheid onder inwoners (eigen
            enquête naast de RIVM-schatting) en een bijlage met de open antwoorden, zonder namen van organisaties.
            HTML (klaar om te printen), Word en PDF (de HTML gedrukt door Chromium) wanneer Chromium aanwezig is, in <map>/<jaar>/factsheets-lokaal/.

            Nodig: 'ete import stappenplan BESTAND --municipality X --year N [--uitgenodigd N]'. Aanvullend:
            'ete import stappenplan-tekst BESTAND' (bijeenkomst, aanleiding, samenvatting) en
            'ete import eenzaamheidsschaal BESTAND' (inwonersenquête), beide met --municipality en --year.

            Voorbeeld (demodatabase): ete factsheet-lokaal --municipality Zutphen --year 2024
            """)
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var year: YearOption
    @OptionGroup var output: OutputOption

    @Option(name: .long, help: ArgumentHelp("De gemeente (CBS-code of naam).", valueName: "gemeente"))
    var municipality: String

    @Flag(name: .customLong("geen-pdf"), help: "Maak geen PDF, ook niet als Chromium aanwezig is.")
    var noPDF = false

    func run() throws {
        try reportingErrors {
            let workspace = global.workspace
            let written = try WriteLocalFactsheet(
                year: year.year, store: try workspace.openForReading(), templates: try workspace.templates(), outputFolder: output.folder
            ).write(municipality: municipality, pdf: !noPDF)
            (written.files + written.pdfs).forEach(printWritten)
            for note in written.notes { print("Let op: \(note)") }
            if written.isFictitious { print("Let op: de factsheet bevat fictieve gegevens en draagt die melding.") }
        }
    }
}
