import ArgumentParser
import ETEModel
import ETEWorkbench
import Foundation

@main
struct ETE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ete",
        abstract: "ETE Workbench: gegevens, voortgangsbrief en benchmark van Eén tegen eenzaamheid.",
        discussion: HelpText.wrapped(
            """
            Alle gegevens staan in één SQLite-bestand (standaard ./ete.sqlite; kies een ander met --db of de
            omgevingsvariabele ETE_DB).

            Snel beginnen:
              ete init --demo              database met fictieve demogegevens
              ete stats --year 2024        kerncijfers van 2024
              ete import benchmark antwoorden-2024.csv --year 2024

            Afsluitcodes: 0 gelukt, 1 fouten in de gegevens (import geweigerd of 'check' vond fouten),
            2 database of bestand niet bruikbaar, 64 verkeerd gebruik van de opdracht.
            """),
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
        if let name = arguments.first, !name.hasPrefix("-"), name != "help", !subcommandNames.contains(name) {
            var message = "onbekende opdracht '\(name)'"
            if let guess = DutchText.suggestion(for: name, among: subcommandNames) { message += " — bedoelde u '\(guess)'?" }
            printError(message + "\nGebruik: ete <opdracht>\n  Zie 'ete --help' voor meer uitleg.")
            Foundation.exit(ExitClass.usage.status)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exitInDutch(error)
        }
    }

    static var subcommandNames: [String] { configuration.subcommands.compactMap { $0.configuration.commandName } }

    /// The parser's own ending (help, version, a usage error, a command's exit status), with its words in Dutch.
    static func exitInDutch(_ error: Error) -> Never {
        let code = exitCode(for: error)
        let message = DutchParserText.translated(fullMessage(for: error))
        if !message.isEmpty {
            if code == .success {
                print(message)
            } else {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
        }
        Foundation.exit(code.rawValue)
    }
}
