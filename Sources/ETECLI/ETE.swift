import ArgumentParser
import ETEWorkbench
import Foundation

@main
struct ETE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ete",
        abstract: "ETE Workbench: gegevens, voortgangsbrief en benchmark van Eén tegen eenzaamheid.",
        discussion: """
            Alle gegevens staan in één SQLite-bestand (standaard ./ete.sqlite; kies een ander met --db of de
            omgevingsvariabele ETE_DB).

            Snel beginnen:
              ete init --demo              database met fictieve demogegevens
              ete stats --year 2024        kerncijfers van 2024
              ete import benchmark antwoorden-2024.csv --year 2024

            Afsluitcodes: 0 gelukt, 1 fouten in de gegevens (import geweigerd of 'check' vond fouten),
            2 database of bestand niet bruikbaar, 64 verkeerd gebruik van de opdracht.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Import.self, Check.self, Stats.self, Benchmark.self, Factsheet.self, LocalFactsheet.self, Letter.self, Build.self,
        ]
    )

    /// Options that may be given more than once, per subcommand (they collect a list).
    static let repeatableOptions: [String: Set<String>] = ["benchmark": ["--municipality"], "factsheet": ["--municipality"]]

    /// A single-value option given twice would silently keep the last value: refused as wrong use (64).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let subcommand = arguments.first { !$0.hasPrefix("-") } ?? ""
        var seen = Set<String>()
        for argument in arguments where argument.hasPrefix("--") && argument != "--" {
            let name = String(argument.prefix { $0 != "=" })
            if seen.contains(name), !(repeatableOptions[subcommand] ?? []).contains(name) {
                printError("\(name) staat twee keer in de opdracht; geef het één keer")
                Foundation.exit(ExitClass.usage.status)
            }
            seen.insert(name)
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
