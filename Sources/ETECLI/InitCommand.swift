import ArgumentParser
import ETEWorkbench

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Maak een nieuwe database met de 342 gemeenten van 2024.",
        discussion: HelpText.wrapped(
            "Met --demo komen er fictieve demogegevens bij (benchmark 2023 en 2024, coalitiepartners, Week tegen Eenzaamheid, campagnes, acties). Een bestaande database wordt alleen met --force vervangen."
        )
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Laad de ingebouwde, fictieve demogegevens.")
    var demo = false

    @Flag(name: .long, help: "Vervang een bestaande database (alle gegevens gaan verloren).")
    var force = false

    func run() throws {
        try reportingErrors {
            let workspace = global.workspace
            let counts = try DataTasks.createStore(in: workspace, demo: demo, replacing: force)
            print("Database \(workspace.databasePath) aangemaakt met \(counts["municipality"] ?? 0) gemeenten.")
            if demo {
                print(
                    "Demogegevens geladen: \(counts["benchmark_response"] ?? 0) benchmarkantwoorden, \(counts["coalition_partner"] ?? 0) coalitiepartners, \(counts["week_registration"] ?? 0) activiteiten in de Week tegen Eenzaamheid."
                )
                print(
                    "Voor één gemeente ook een Stappenplan-enquête en een inwonersenquête: \(DataTasks.demoLocalSurveyCommand)"
                )
                print(Provenance.demoDataNotice)
            }
        }
    }
}
