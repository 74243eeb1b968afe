import ArgumentParser
import ETEModel
import ETEWorkbench
import Foundation

struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Maak de Excel-werkmappen van de benchmark: landelijk en per gemeente.",
        discussion: HelpText.wrapped(
            """
            De landelijke werkmap wordt altijd gemaakt (<map>/<jaar>/benchmark/Benchmark-landelijk-<jaar>.xlsx).
            Werkmappen per gemeente komen in <map>/<jaar>/benchmark/gemeenten/: kies gemeenten met --municipality
            (CBS-code of naam, mag vaker) of maak ze voor alle gemeenten met --all. Ook een gemeente die de
            benchmark niet invulde krijgt een werkmap, met de landelijke cijfers en die van vergelijkbare gemeenten.

            Voorbeelden:
              ete benchmark --year 2024 --all
              ete benchmark --year 2024 --municipality Utrecht --municipality GM0363
              ete benchmark --year 2024 --publish

            Met --publish legt ete vast dat deze werkmappen openbaar worden: wie in welke groep zat en
            welke cijfers zijn weggelaten. Een latere, gecorrigeerde uitgave van hetzelfde jaar laat die
            cijfers weg en verbergt ook de cijfers van groepen die sindsdien veranderden (bijvoorbeeld
            een gemeente in een andere grootteklasse), zodat het verschil tussen twee uitgaven geen
            antwoord van een gemeente prijsgeeft.
            """)
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var year: YearOption
    @OptionGroup var output: OutputOption

    @Option(name: .long, help: ArgumentHelp("Gemeente (CBS-code of naam) die een eigen werkmap krijgt; mag vaker.", valueName: "gemeente"))
    var municipality: [String] = []

    @Flag(name: .long, help: "Maak een werkmap voor elk van de gemeenten.")
    var all = false

    @Flag(name: .long, help: "Leg deze uitgave vast als gepubliceerd (voor de onthullingsregel bij latere correcties).")
    var publish = false

    func validate() throws {
        if all && !municipality.isEmpty {
            throw ValidationError("gebruik --all of --municipality, niet allebei")
        }
    }

    func run() throws {
        try reportingErrors {
            let workspace = global.workspace
            let store = publish ? try workspace.openForWriting() : try workspace.openForReading()
            let started = Date()
            let progress = ProgressLine(label: "gemeentewerkmappen")
            let written = try WriteWorkbooks(
                year: year.year, store: store, outputFolder: output.folder, templates: workspace.templatesIfPresent
            )
            .write(selection: all ? .all : .named(municipality), publishingOn: publish ? Day.today : nil, progress: progress.update)
            printWrittenFiles(written)
            for line in written.publicationLines(year: year.year) { print(line) }
            print("Klaar in \(DutchNumber.format((Date().timeIntervalSince(started) * 10).rounded() / 10)) s.")
            if written.isDemo { print(Provenance.demoDataNotice) }
        }
    }
}
