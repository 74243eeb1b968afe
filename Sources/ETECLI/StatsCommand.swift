import ArgumentParser
import ETEWorkbench

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Toon de kerncijfers van een jaar, berekend uit de gegevens.",
        discussion: HelpText.wrapped("Met --json komt er een JSON-object waarvan de sleutels in README.md beschreven staan.")
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var year: YearOption

    @Flag(name: .long, help: "Geef de cijfers als JSON.")
    var json = false

    func run() throws {
        try reportingErrors {
            let figures = try DataTasks.figures(year: year.year, in: global.workspace)
            print(json ? try YearSummary.json(figures) : YearSummary.text(figures))
        }
    }
}
