/// Residents per municipality per year (on 31 December of that year, as CBS counts them).
/// The size class of a benchmark year uses that year's count; when CBS has not published it yet
/// (or it was not imported), the nearest earlier year is used, else the nearest later one, and
/// reports say which year they used. A municipality formed by a merger that CBS has not counted
/// yet has its predecessors' residents together (the documented rule for new municipalities).
public struct PopulationTable: Sendable, Equatable {
    public var counts: [MunicipalityCode: [Int: Int]]

    public init(counts: [MunicipalityCode: [Int: Int]] = [:]) { self.counts = counts }

    /// The count to use for `year` and the year it is from.
    public func population(of code: MunicipalityCode, for year: Int) -> (population: Int, year: Int)? {
        guard let byYear = counts[code], !byYear.isEmpty else { return nil }
        let chosen = byYear.keys.filter { $0 <= year }.max() ?? byYear.keys.min()!
        return (byYear[chosen]!, chosen)
    }

    /// The count of a municipality without counts of its own: its sole predecessors' together
    /// (each by the same rule, so a chain of mergers adds up), with the years used.
    public func combinedPopulation(
        of code: MunicipalityCode, for year: Int, register: MunicipalityRegister
    ) -> (
        population: Int, years: Set<Int>
    )? {
        if let own = population(of: code, for: year) { return (own.population, [own.year]) }
        let parts = register.predecessors(of: code).compactMap { combinedPopulation(of: $0.code, for: year, register: register) }
        guard !parts.isEmpty else { return nil }
        return (parts.map(\.population).reduce(0, +), parts.reduce(into: Set<Int>()) { $0.formUnion($1.years) })
    }

    /// The municipalities with the population (and so the size class) of `year`, and the set of
    /// years whose counts were used.
    public func applying(
        to municipalities: [Municipality], for year: Int, register: MunicipalityRegister? = nil
    ) -> (
        municipalities: [Municipality], years: Set<Int>
    ) {
        var years = Set<Int>()
        let adjusted = municipalities.map { municipality -> Municipality in
            let found =
                register.flatMap { combinedPopulation(of: municipality.code, for: year, register: $0) }
                ?? population(of: municipality.code, for: year).map { ($0.population, Set([$0.year])) }
            guard let (population, used) = found else { return municipality }
            years.formUnion(used)
            var copy = municipality
            copy.population = population
            return copy
        }
        return (adjusted, years)
    }
}
