import ArgumentParser
import ETEWorkbench

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Maak alles voor een jaar: de voortgangsbrief (docx, html, md, pdf) en alle benchmarkwerkmappen.",
        discussion:
            "Schrijft de brief zoals 'ete letter' en de landelijke en alle gemeentelijke werkmappen zoals 'ete benchmark --all', en toont wat er geschreven is."
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
            let progress = ProgressLine(label: "gemeentewerkmappen")
            let workbooks = try WriteWorkbooks(
                year: year.year, store: store, outputFolder: output.folder, templates: workspace.templatesIfPresent)
                .write(selection: .all, progress: progress.update)
            printWrittenFiles(workbooks)
            if workbooks.isDemo { print(Provenance.demoDataNotice) }
        }
    }
}
