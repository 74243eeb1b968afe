import ArgumentParser
import ETEModel
import ETEWorkbench
import Foundation

struct Factsheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factsheet",
        abstract: "Maak de factsheet per gemeente: eenzaamheid onder inwoners, beleid naast vergelijkbare gemeenten, suggesties.",
        discussion: HelpText.wrapped(
            """
            Eén pagina per gemeente, als HTML (klaar om op A4 te printen) en als Word-document, en als PDF wanneer
            Chromium aanwezig is (--geen-pdf slaat die over). De PDF is de HTML zoals Chromium hem op één A4 drukt,
            getagd voor schermlezers: koppen, lijsten, tabelkoppen en de grafiek met haar beschrijving. De bestanden komen in <map>/<jaar>/factsheets/,
            bijvoorbeeld reports/2024/factsheets/GM0363-Amsterdam.html. Kies gemeenten met --municipality (CBS-code
            of naam, mag vaker) of maak ze voor alle gemeenten met --all.

            De cijfers over eenzaamheid zijn die van het RIVM (lees nieuwere in met 'ete import eenzaamheid').
            De suggesties volgen uit de eigen benchmarkantwoorden met de regels in templates/factsheet/suggesties.yaml;
            het beleidsprofiel uit templates/beleidsprofiel/regels.yaml. Andere gemeenten staan er alleen als groep
            in, onder dezelfde onthullingsregel als de werkmappen.

            Voorbeelden:
              ete factsheet --year 2024 --all
              ete factsheet --year 2024 --municipality Zwolle --municipality GM0363
            """)
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var year: YearOption
    @OptionGroup var output: OutputOption

    @Option(name: .long, help: ArgumentHelp("Gemeente (CBS-code of naam) die een factsheet krijgt; mag vaker.", valueName: "gemeente"))
    var municipality: [String] = []

    @Flag(name: .long, help: "Maak een factsheet voor elk van de gemeenten.")
    var all = false

    @Flag(name: .customLong("geen-pdf"), help: "Maak geen PDF, ook niet als Chromium aanwezig is.")
    var noPDF = false

    func validate() throws {
        if all && !municipality.isEmpty { throw ValidationError("gebruik --all of --municipality, niet allebei") }
        if !all && municipality.isEmpty {
            throw ValidationError("kies gemeenten met --municipality GEMEENTE, of --all voor alle gemeenten")
        }
    }

    func run() throws {
        try reportingErrors {
            let workspace = global.workspace
            let started = Date()
            let progress = ProgressLine(label: "factsheets")
            let written = try WriteFactsheets(
                year: year.year, store: try workspace.openForReading(), templates: try workspace.templates(), outputFolder: output.folder
            ).write(selection: all ? .all : .named(municipality), pdf: !noPDF, progress: progress.update)
            printWrittenFactsheets(written)
            print("Klaar in \(DutchNumber.format((Date().timeIntervalSince(started) * 10).rounded() / 10)) s.")
            if written.isDemo { print(Provenance.demoDataNotice) }
        }
    }
}
