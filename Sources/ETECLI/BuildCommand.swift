import ArgumentParser
import ETEModel
import ETEWorkbench

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Maak alles voor een jaar: de voortgangsbrief, alle benchmarkwerkmappen en alle factsheets.",
        discussion: HelpText.wrapped(
            "Schrijft de brief zoals 'ete letter' (docx, html, md, pdf), de landelijke en alle gemeentelijke werkmappen zoals 'ete benchmark --all --publish' en de factsheets zoals 'ete factsheet --all --geen-pdf' (HTML en Word; PDF's van 342 factsheets maakt 'ete factsheet'), en toont wat er geschreven is. Dit is de jaarlijkse uitgave: ete legt vast wie in welke groep zat en welke cijfers zijn weggelaten, zodat een latere correctie niets prijsgeeft. Met --concept wordt niets vastgelegd (niet versturen)."
        )
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var year: YearOption
    @OptionGroup var output: OutputOption

    @Flag(name: .long, help: "Maak alles als concept, zonder de uitgave vast te leggen (de werkmappen zijn dan niet voor publicatie).")
    var concept = false

    func run() throws {
        try reportingErrors {
            let workspace = global.workspace
            let store = concept ? try workspace.openForReading() : try workspace.openForWriting()
            let letter = WriteLetter(year: year.year, store: store, templates: try workspace.templates(), outputFolder: output.folder)
            try letter.write(formats: WriteLetter.standardFormats, written: printWritten)
            for note in WriteLetter.notes(formats: WriteLetter.standardFormats, standard: true) { print(note) }
            for warning in try letter.unusedPassageWarnings() { printWarning(warning) }
            let progress = ProgressLine(label: "gemeentewerkmappen")
            let workbooks = try WriteWorkbooks(
                year: year.year, store: store, outputFolder: output.folder, templates: workspace.templatesIfPresent
            )
            .write(selection: .all, publishingOn: concept ? nil : Day.today, progress: progress.update)
            printWrittenFiles(workbooks)
            for line in workbooks.publicationLines(year: year.year) { print(line) }
            let factsheets = try WriteFactsheets(
                year: year.year, store: store, templates: try workspace.templates(), outputFolder: output.folder
            ).write(selection: .all, pdf: false, progress: ProgressLine(label: "factsheets").update)
            printWrittenFactsheets(factsheets)
            if workbooks.isDemo { print(Provenance.demoDataNotice) }
        }
    }
}
