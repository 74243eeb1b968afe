import ArgumentParser
import ETEDemo
import ETEReports
import ETEStore
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Maak alles voor een jaar: de voortgangsbrief (docx, html, md) en alle benchmarkwerkmappen.",
        discussion: "Schrijft de brief zoals 'ete letter' en de landelijke en alle gemeentelijke werkmappen zoals 'ete benchmark --all', en toont wat er geschreven is."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Het jaar.", valueName: "jaar"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Uitvoermap (standaard: reports).", valueName: "map"))
    var out = "reports"

    func validate() throws {
        try validateYear(year)
        try validateOutputFolder(out)
    }

    func run() throws {
        try reportingErrors {
            let store = try Store.openForReading(at: global.databasePath)
            let folder = URL(fileURLWithPath: out)
            let letter = try LetterRun(year: year, store: store, templates: try global.templatesDirectory(), outputFolder: folder)
                .write(formats: LetterFormat.allCases)
            letter.forEach { print("Geschreven: \(displayPath($0))") }
            let workbooks = try BenchmarkRun(year: year, store: store, outputFolder: folder).write(selection: .all)
            print("Geschreven: \(displayPath(workbooks.national))")
            print("Geschreven: \(displayPath(workbooks.internalList)) (intern: niet publiceren)")
            print("Geschreven: \(workbooks.municipalities.count) gemeentewerkmappen in \(displayPath(BenchmarkWorkbooks.municipalityFolder(in: folder, year: year)))")
            if workbooks.isDemo { print(DemoDataset.notice) }
        }
    }
}
