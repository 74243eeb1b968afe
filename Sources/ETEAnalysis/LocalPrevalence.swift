import ETEModel
import ETEStore

/// A municipality's loneliness prevalence beside the national figures, with what a reader must
/// know about the area: a municipality formed after the survey has no figure (and a sentence
/// that says why, and its predecessors' own figures, each named; nothing is averaged from them),
/// and one that took in (part of) another municipality since then gets a note that the figures
/// describe its old area.
public struct LocalPrevalence: Sendable {
    /// A predecessor's own figures of the survey year, in its own boundaries.
    public struct Predecessor: Sendable {
        public let code: MunicipalityCode
        public let name: String
        /// True when only part of it went to the municipality (a division).
        public let partly: Bool
        public let rows: [LonelinessPrevalence]

        public func figures(ageGroup: PrevalenceAgeGroup) -> LonelinessPrevalence? { rows.first { $0.ageGroup == ageGroup } }
    }

    public let municipality: Municipality
    /// Its own rows, by year and age group; empty when there is no figure.
    public let own: [LonelinessPrevalence]
    /// The national rows of the same years and age groups (all national rows when it has none).
    public let national: [LonelinessPrevalence]
    /// Why there is no figure, when there is none.
    public let absence: String?
    /// The area note, when the municipality changed after the newest survey.
    public let boundaryNote: String?
    /// For a municipality formed after the newest survey: its predecessors with figures of that year.
    public let predecessors: [Predecessor]

    /// `mergers`: the bundled and recorded mergers (`MunicipalityRegister.mergers`).
    public init(
        municipality: Municipality, all rows: [LonelinessPrevalence],
        mergers: [MunicipalityMerger] = MunicipalityDirectory.bundled.mergers
    ) {
        self.municipality = municipality
        own = rows.filter { $0.region == .municipality(municipality.code) }.sorted { ($0.year, $0.ageGroup) < ($1.year, $1.ageGroup) }
        let nationalRows = rows.filter { $0.region == .national }
        let years = Set(own.map(\.year))
        national = (years.isEmpty ? nationalRows : nationalRows.filter { years.contains($0.year) })
            .sorted { ($0.year, $0.ageGroup) < ($1.year, $1.ageGroup) }
        let surveyYear = own.map(\.year).max() ?? nationalRows.map(\.year).max()
        let later =
            surveyYear.map { year in
                mergers.filter { $0.successors.contains(municipality.code) && $0.date > Day.firstOfJanuary(year) }
            } ?? []
        predecessors =
            own.isEmpty
            ? later.sorted { $0.name < $1.name }.compactMap { merger in
                let figures = rows.filter { $0.region == .municipality(merger.code) && $0.year == surveyYear }
                    .sorted { $0.ageGroup < $1.ageGroup }
                return figures.isEmpty
                    ? nil : Predecessor(code: merger.code, name: merger.name, partly: merger.successors.count > 1, rows: figures)
            } : []
        if own.isEmpty {
            if let surveyYear, !later.isEmpty {
                let dates = Set(later.map(\.date))
                let formed =
                    dates.count == 1 ? "op \(later[0].date.dutchLong)" : "tussen \(dates.min()!.dutchLong) en \(dates.max()!.dutchLong)"
                absence =
                    "\(municipality.name) bestond in \(surveyYear) nog niet: de gemeente is \(formed) ontstaan uit "
                    + "\(DutchPhrase.list(later.map(\.name).sorted())). De RIVM-cijfers gaan uit van de gemeentegrenzen van \(surveyYear). "
                    + "Een cijfer voor de nieuwe gemeente uit die van de oude gemeenten samenstellen zou een eigen schatting zijn; "
                    + (predecessors.isEmpty
                        ? "daarom staat hier geen cijfer."
                        : "daarom staan hieronder de cijfers van de voorgangers, elk in de eigen grenzen van \(surveyYear).")
            } else {
                absence = "Voor \(municipality.name) zijn geen cijfers over eenzaamheid ingelezen."
            }
            boundaryNote = nil
        } else {
            absence = nil
            boundaryNote = later.isEmpty ? nil : Self.note(municipality, later: later, surveyYear: surveyYear!)
        }
    }

    private static func note(_ municipality: Municipality, later: [MunicipalityDirectory.Merger], surveyYear: Int) -> String {
        let parts = later.sorted { ($0.date, $0.name) < ($1.date, $1.name) }.map { merger in
            (merger.successors.count > 1 ? "een deel van " : "") + "\(merger.name) (sinds \(merger.date.dutchLong))"
        }
        return "Sinds \(surveyYear) hoort ook \(DutchPhrase.list(parts)) bij \(municipality.name); "
            + "de cijfers beschrijven de gemeente in de grenzen van \(surveyYear)."
    }

    public var hasFigures: Bool { !own.isEmpty }

    /// Its row and the national row for a year and age group.
    public func figures(year: Int, ageGroup: PrevalenceAgeGroup) -> (own: LonelinessPrevalence?, national: LonelinessPrevalence?) {
        (
            own.first { $0.year == year && $0.ageGroup == ageGroup },
            national.first { $0.year == year && $0.ageGroup == ageGroup }
        )
    }

    /// The newest survey year with a figure for the municipality.
    public var latestYear: Int? { own.map(\.year).max() }
    /// Every survey year with a figure, oldest first.
    public var years: [Int] { Array(Set(own.map(\.year))).sorted() }
    /// The sources of the figures shown, for the attribution line.
    public var sources: [String] { Array(Set((own + national).map(\.source))).sorted() }
}
