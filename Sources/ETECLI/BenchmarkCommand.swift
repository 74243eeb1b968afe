import ArgumentParser
import ETEAnalysis
import ETEDemo
import ETEModel
import ETEReports
import ETEStore
import Foundation

struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Maak de Excel-werkmappen van de benchmark: landelijk en per gemeente.",
        discussion: """
            De landelijke werkmap wordt altijd gemaakt (<map>/<jaar>/benchmark/Benchmark-landelijk-<jaar>.xlsx).
            Werkmappen per gemeente komen in <map>/<jaar>/benchmark/gemeenten/: kies gemeenten met --municipality
            (CBS-code of naam, mag vaker) of maak ze voor alle gemeenten met --all. Ook een gemeente die de
            benchmark niet invulde krijgt een werkmap, met de landelijke cijfers en die van vergelijkbare gemeenten.

            Voorbeelden:
              ete benchmark --year 2024 --all
              ete benchmark --year 2024 --municipality Utrecht --municipality GM0363
              ete benchmark --year 2024 --publish

            Met --publish legt ete vast dat deze werkmappen openbaar worden: wie in welke groep zat en
            welke cijfers zijn weggelaten. Een latere, gecorrigeerde uitgave van hetzelfde jaar laat die
            cijfers weg en verbergt ook de cijfers van groepen die sindsdien veranderden (bijvoorbeeld
            een gemeente in een andere grootteklasse), zodat het verschil tussen twee uitgaven geen
            antwoord van een gemeente prijsgeeft.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Het benchmarkjaar.", valueName: "jaar"))
    var year: Int

    @Option(name: .long, help: ArgumentHelp("Gemeente (CBS-code of naam) die een eigen werkmap krijgt; mag vaker.", valueName: "gemeente"))
    var municipality: [String] = []

    @Flag(name: .long, help: "Maak een werkmap voor elk van de gemeenten.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Uitvoermap (standaard: reports).", valueName: "map"))
    var out = "reports"

    @Flag(name: .long, help: "Leg deze uitgave vast als gepubliceerd (voor de onthullingsregel bij latere correcties).")
    var publish = false

    func validate() throws {
        try validateYear(year)
        try validateOutputFolder(out)
        if all && !municipality.isEmpty {
            throw ValidationError("gebruik --all of --municipality, niet allebei")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = publish ? try Store.open(at: global.databasePath) : try Store.openForReading(at: global.databasePath)
            let started = Date()
            let written = try BenchmarkRun(year: year, store: store, outputFolder: URL(fileURLWithPath: out))
                .write(selection: all ? .all : .named(municipality), publishingOn: publish ? Day.today : nil)
            if let earlier = written.earlierRelease {
                print("Let op: \(year) is al gepubliceerd (uitgave \(earlier.number), \(earlier.publishedOn.dutchLong)). Wat die uitgave wegliet, blijft weg; ook de cijfers van groepen die sindsdien veranderden.")
            }
            let seconds = DutchNumber.format((Date().timeIntervalSince(started) * 10).rounded() / 10)
            print("Geschreven: \(displayPath(written.national))")
            print("Geschreven: \(displayPath(written.internalList)) (intern: niet publiceren)")
            if written.municipalities.count == 1 {
                print("Geschreven: \(displayPath(written.municipalities[0]))")
            } else if !written.municipalities.isEmpty {
                print("Geschreven: \(written.municipalities.count) gemeentewerkmappen in \(displayPath(written.municipalities[0].deletingLastPathComponent()))")
            }
            switch written.publication {
            case .recorded(let number)?: print("Vastgelegd als gepubliceerde uitgave \(number) van \(year).")
            case .unchanged(let number)?: print("Niets vastgelegd: deze werkmappen beslissen hetzelfde als uitgave \(number) van \(year).")
            case nil: break
            }
            print("Klaar in \(seconds) s.")
            if written.isDemo { print(DemoDataset.notice) }
        }
    }
}

/// Resolves the requested municipalities and writes the workbooks; shared by `benchmark` and `build`.
struct BenchmarkRun {
    enum Selection {
        case none, all
        case named([String])
    }

    enum Publication {
        case recorded(Int), unchanged(Int)
    }

    struct Written {
        var national: URL
        var internalList: URL
        var municipalities: [URL]
        var isDemo: Bool
        /// The last publication of the year before this run, if any.
        var earlierRelease: BenchmarkRelease?
        var publication: Publication?
    }

    let year: Int
    let store: Store
    let outputFolder: URL

    /// `publishingOn`: record this run's groups and decisions as a publication of that day.
    func write(selection: Selection, publishingOn day: Day? = nil) throws -> Written {
        guard let overview = try BenchmarkOverview.load(year: year, from: store) else {
            throw CLIError.invalidData("er zijn geen benchmarkantwoorden voor \(year); lees ze in met 'ete import benchmark BESTAND --year \(year)'")
        }
        let chosen = try municipalities(selection, from: overview.municipalities)
        let workbooks = BenchmarkWorkbooks(overview: overview, outputFolder: outputFolder)
        let national = try workbooks.writeNational()
        let internalList = try workbooks.writeInternal()
        let progress = ProgressLine(label: "gemeentewerkmappen")
        let written = try workbooks.writeMunicipalities(chosen, progress: chosen.count > 1 ? progress.update : nil)
        var publication: Publication?
        if let day {
            let release = overview.release(publishedOn: day)
            if let last = overview.releases.last, last.decidesLike(release) {
                publication = .unchanged(last.number)
            } else {
                try store.write { try $0.record(release) }
                publication = .recorded(release.number)
            }
        }
        return Written(national: national, internalList: internalList, municipalities: written, isDemo: overview.isDemo,
                       earlierRelease: overview.releases.last, publication: publication)
    }

    private func municipalities(_ selection: Selection, from all: [Municipality]) throws -> [Municipality] {
        switch selection {
        case .none: return []
        case .all: return all
        case .named(let names):
            let resolver = MunicipalityResolver(all)
            var found: [Municipality] = [], problems: [String] = []
            for name in names {
                switch resolver.resolve(name) {
                case .success(let municipality): if !found.contains(municipality) { found.append(municipality) }
                case .failure(let problem): problems.append("--municipality \"\(name)\": \(problem.message)")
                }
            }
            guard problems.isEmpty else { throw CLIError.invalidData(problems.joined(separator: "\n")) }
            return found
        }
    }
}

extension Day {
    /// Today in the local time zone.
    static var today: Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
