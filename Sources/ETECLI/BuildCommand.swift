import ArgumentParser
import ETEWorkbench

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Maak alles voor een jaar: de voortgangsbrief, alle benchmarkwerkmappen en alle factsheets.",
        discussion:
            "Schrijft de brief zoals 'ete letter' (docx, html, md, pdf), de landelijke en alle gemeentelijke werkmappen zoals 'ete benchmark --all' en de factsheets zoals 'ete factsheet --all --geen-pdf' (HTML en Word; PDF's van 342 factsheets maakt 'ete factsheet'), en toont wat er geschreven is."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var year: YearOption
    @OptionGroup var output: OutputOption

    func run() throws {
        try reportingErrors {
            let workspace = global.workspace
            let store = try workspace.openForReading()
            let letter = WriteLetter(year: year.year, store: store, templates: try workspace.templates(), outputFolder: output.folder)
            try letter.write(formats: WriteLetter.standardFormats, written: printWritten)
            if let note = WriteLetter.standardFormatsNote { print(note) }
            for warning in try letter.unusedPassageWarnings() { printWarning(warning) }
            let progress = ProgressLine(label: "gemeentewerkmappen")
            let workbooks = try WriteWorkbooks(
                year: year.year, store: store, outputFolder: output.folder, templates: workspace.templatesIfPresent
            )
            .write(selection: .all, progress: progress.update)
            printWrittenFiles(workbooks)
            let factsheets = try WriteFactsheets(
                year: year.year, store: store, templates: try workspace.templates(), outputFolder: output.folder
            ).write(selection: .all, pdf: false, progress: ProgressLine(label: "factsheets").update)
            printWrittenFactsheets(factsheets)
            if workbooks.isDemo { print(Provenance.demoDataNotice) }
        }
    }
}
