/// Residents per municipality per year (on 31 December of that year, as CBS counts them).
/// The size class of a benchmark year uses that year's count; when CBS has not published it yet
/// (or it was not imported), the nearest earlier year is used, else the nearest later one, and
/// reports say which year they used.
public struct PopulationTable: Sendable, Equatable {
    public var counts: [MunicipalityCode: [Int: Int]]

    public init(counts: [MunicipalityCode: [Int: Int]] = [:]) { self.counts = counts }

    /// The count to use for `year` and the year it is from.
    public func population(of code: MunicipalityCode, for year: Int) -> (population: Int, year: Int)? {
        guard let byYear = counts[code], !byYear.isEmpty else { return nil }
        let chosen = byYear.keys.filter { $0 <= year }.max() ?? byYear.keys.min()!
        return (byYear[chosen]!, chosen)
    }

    /// The municipalities with the population (and so the size class) of `year`, and the set of
    /// years whose counts were used.
    public func applying(to municipalities: [Municipality], for year: Int) -> (municipalities: [Municipality], years: Set<Int>) {
        var years = Set<Int>()
        let adjusted = municipalities.map { municipality -> Municipality in
            guard let (population, used) = population(of: municipality.code, for: year) else { return municipality }
            years.insert(used)
            var copy = municipality
            copy.population = population
            return copy
        }
        return (adjusted, years)
    }
}
