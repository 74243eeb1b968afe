import ETEAnalysis
import ETEModel

/// Everything one municipality's factsheet is made from, as values: its benchmark comparison,
/// its loneliness figures and the suggestions chosen for it. The use-case layer gathers it.
public struct FactsheetInput: Sendable {
    public let benchmark: MunicipalityBenchmark
    public let prevalence: LocalPrevalence
    public let suggestions: [Pillar: [ChosenSuggestion]]
    /// The day the factsheet is made, printed in its footer.
    public let madeOn: Day

    public init(benchmark: MunicipalityBenchmark, prevalence: LocalPrevalence, suggestions: [Pillar: [ChosenSuggestion]], madeOn: Day) {
        self.benchmark = benchmark
        self.prevalence = prevalence
        self.suggestions = suggestions
        self.madeOn = madeOn
    }

    public var municipality: Municipality { benchmark.municipality }
    public var year: Int { benchmark.year }
}
