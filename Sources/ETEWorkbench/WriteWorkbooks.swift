import ETEAnalysis
import ETEModel
import ETEOutput
import ETEStore
import ETEWorkbooks
import Foundation

/// Writes a year's benchmark workbooks (national annex, internal list, municipalities) and, when
/// asked, records them as a publication; used by `ete benchmark` and `ete build`.
public struct WriteWorkbooks {
    public enum Selection: Sendable {
        case none, all
        /// Municipalities by CBS code or name, as a user types them.
        case named([String])
    }

    public enum Publication: Sendable, Equatable {
        /// Recorded as release n; with the figures it withholds that the release before it published.
        case recorded(Int, newlyWithheld: Int)
        case unchanged(Int)
    }

    public struct Written: Sendable {
        public var national: URL
        public var internalList: URL
        public var municipalities: [URL]
        public var isDemo: Bool
        /// The last publication of the year before this run, if any.
        public var earlierRelease: BenchmarkRelease?
        public var publication: Publication?
        /// Things a person should know that did not stop the run (a rule about a question no questionnaire asks).
        public var notes: [String] = []
    }

    public let year: Int
    public let store: Store
    public let outputFolder: URL
    /// The templates folder, for the policy-profile rules (nil: no profiles in the workbooks).
    public let templates: URL?

    public init(year: Int, store: Store, outputFolder: URL, templates: URL? = nil) {
        self.year = year
        self.store = store
        self.outputFolder = outputFolder
        self.templates = templates
    }

    /// `publishingOn`: record this run's groups and decisions as a publication of that day.
    /// `progress` is called serially with (done, total) while municipality workbooks are written.
    public func write(
        selection: Selection, publishingOn day: Day? = nil,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> Written {
        let ruleNotes = RuleNotes()
        let profiles = try AnalysisRules.policyProfiles(templates: templates, store: store, notes: ruleNotes)
        guard let overview = try BenchmarkOverview.load(year: year, from: store, profiles: profiles) else {
            throw WorkbenchError.invalidData(
                "er zijn geen benchmarkantwoorden voor \(year); lees ze in met 'ete import benchmark BESTAND --year \(year)'")
        }
        let chosen = try MunicipalityNames(overview.municipalities, register: overview.register, year: overview.year).selection(selection)
        if chosen.count > 1 { MemoryTuning.keepFreedMemoryBetweenFiles() }
        let workbooks = BenchmarkWorkbooks(overview: overview, outputFolder: outputFolder)
        let national = try workbooks.writeNational()
        let internalList = try workbooks.writeInternal()
        let written = try workbooks.writeMunicipalities(chosen, progress: chosen.count > 1 ? progress : nil)
        var publication: Publication?
        if let day {
            let release = overview.release(publishedOn: day)
            if let last = overview.releases.last, last.decidesLike(release) {
                publication = .unchanged(last.number)
            } else {
                try store.write { try $0.record(release) }
                publication = .recorded(
                    release.number, newlyWithheld: overview.releases.last.map(release.newlyWithheld(comparedWith:)) ?? 0)
            }
        }
        return Written(
            national: national, internalList: internalList, municipalities: written, isDemo: overview.isDemo,
            earlierRelease: overview.releases.last, publication: publication, notes: ruleNotes.all)
    }
}

extension WriteWorkbooks.Written {
    /// What a front end says about the year's publication after writing (Dutch, one line each).
    public func publicationLines(year: Int) -> [String] {
        var lines: [String] = []
        if let earlier = earlierRelease {
            lines.append(
                "Let op: \(year) is al gepubliceerd (uitgave \(earlier.number), \(earlier.publishedOn.dutchLong)). Wat die uitgave wegliet, blijft weg; ook de cijfers van groepen die sindsdien veranderden."
            )
        }
        switch publication {
        case .recorded(let number, let newlyWithheld)?:
            lines.append("Vastgelegd als gepubliceerde uitgave \(number) van \(year).")
            if newlyWithheld > 0 {
                lines.append(
                    "Let op: deze uitgave laat \(newlyWithheld) groepscijfer(s) weg die uitgave \(number - 1) wel toonde, omdat die groepen sindsdien veranderden; anders zou het verschil tussen de uitgaven antwoorden van gemeenten prijsgeven."
                )
            }
        case .unchanged(let number)?:
            lines.append("Niets vastgelegd: deze werkmappen beslissen hetzelfde als uitgave \(number) van \(year).")
        case nil where earlierRelease == nil:
            lines.append(
                "Let op: \(year) is nog niet als openbare uitgave vastgelegd. Verstuur of publiceer deze werkmappen niet: maak de uitgave met 'ete build --year \(year)' of 'ete benchmark --year \(year) --publish', zodat een latere correctie geen antwoorden van gemeenten prijsgeeft."
            )
        case nil: break
        }
        return lines
    }
}
