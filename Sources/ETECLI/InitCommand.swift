import ArgumentParser
import ETEDemo
import ETEStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Maak een nieuwe database met de 342 gemeenten van 2024.",
        discussion: "Met --demo komen er fictieve demogegevens bij (benchmark 2023 en 2024, coalitiepartners, Week tegen Eenzaamheid, campagnes, acties). Een bestaande database wordt alleen met --force vervangen."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Laad de ingebouwde, fictieve demogegevens.")
    var demo = false

    @Flag(name: .long, help: "Vervang een bestaande database (alle gegevens gaan verloren).")
    var force = false

    func run() throws {
        try reportingErrors {
            let path = global.databasePath
            let templates = demo ? try global.templatesDirectory() : nil
            let store = try Store.create(at: path, replacing: force) { store in
                guard let templates else { return }
                do {
                    try DemoDataset.load(into: store, templatesDirectory: templates)
                } catch let failure as ImportFailure {
                    throw CLIError.invalidData("demogegevens laden mislukt: \(failure.localizedDescription)")
                }
            }
            let counts = try store.tableCounts()
            print("Database \(path) aangemaakt met \(counts["municipality"] ?? 0) gemeenten.")
            if demo {
                print("Demogegevens geladen: \(counts["benchmark_response"] ?? 0) benchmarkantwoorden, \(counts["coalition_partner"] ?? 0) coalitiepartners, \(counts["week_registration"] ?? 0) activiteiten in de Week tegen Eenzaamheid.")
                print(DemoDataset.notice)
            }
        }
    }
}
