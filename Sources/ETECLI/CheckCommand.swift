import ArgumentParser
import ETEWorkbench

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer de samenhang van de gegevens.",
        discussion: HelpText.wrapped(
            "Meldt fouten (afsluitcode 1) en waarschuwingen, bijvoorbeeld antwoorden die niet bij de vragenlijst passen of activiteiten buiten de Week tegen Eenzaamheid."
        )
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Controleer alleen dit jaar.", valueName: "jaar"))
    var year: Int?

    func validate() throws {
        if let year { try validateYear(year) }
    }

    func run() throws {
        try reportingErrors {
            let findings = try DataTasks.check(year: year, in: global.workspace)
            for finding in findings { print(finding) }
            let errors = findings.filter { $0.severity == .error }.count
            print("Controle klaar: \(errors) fout(en), \(findings.count - errors) waarschuwing(en).")
            if errors > 0 { throw ExitCode(1) }
        }
    }
}
