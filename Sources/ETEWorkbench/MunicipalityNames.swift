import ETEModel
import ETEStore

/// Finds municipalities by the CBS codes or names a user types, with every problem in one message.
/// Only the municipalities of the year match; one that ended or began later is refused with its merger.
public struct MunicipalityNames {
    private let municipalities: [Municipality]
    private let resolver: MunicipalityResolver

    /// `municipalities`: those of `year` (as a `BenchmarkOverview` holds them), from `register`.
    public init(_ municipalities: [Municipality], register: MunicipalityRegister, year: Int) {
        self.municipalities = municipalities
        resolver = MunicipalityResolver(register: register, on: Day.firstOfJanuary(year))
    }

    public func selection(_ selection: WriteWorkbooks.Selection) throws -> [Municipality] {
        switch selection {
        case .none: return []
        case .all: return municipalities
        case .named(let names): return try resolve(names)
        }
    }

    /// The municipalities in the order given (each once); unknown or ambiguous names are refused together.
    public func resolve(_ names: [String]) throws -> [Municipality] {
        var found: [Municipality] = []
        var problems: [String] = []
        for name in names {
            switch resolver.resolve(name) {
            case .success(let municipality): if !found.contains(municipality) { found.append(municipality) }
            case .failure(let problem): problems.append("--municipality \(DutchText.quoted(name)): \(problem.message)")
            }
        }
        guard problems.isEmpty else { throw WorkbenchError.usage(problems.joined(separator: "\n")) }
        return found
    }
}
