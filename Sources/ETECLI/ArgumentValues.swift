import ArgumentParser
import ETEModel
import ETEWorkbench

extension Day {
    /// A date option ("2027-01-01" or "1-1-2027"), refused in Dutch.
    static func parseArgument(_ argument: String) throws -> Day {
        guard let day = Day(parsing: argument) else {
            throw ValidationError("'\(argument)' is geen datum; verwacht bijvoorbeeld 2027-01-01 of 1-1-2027")
        }
        return day
    }
}

extension ImportKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }

    /// Every kind with its whole name and what it reads, one entry per line for `ete import --help`.
    static var helpList: String {
        let width = allCases.map(\.rawValue.count).max() ?? 0
        return allCases.map { "  " + $0.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
            .joined(separator: "\n")
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }

    /// The same parse, refusing in Dutch (swift-argument-parser's own message is English).
    static func parse(_ argument: String) throws -> ImportKind {
        guard let kind = ImportKind(name: argument) else {
            let names = allCases.map(\.rawValue)
            let guess = DutchText.suggestion(for: argument, among: names).map { " — bedoelde u '\($0)'?" } ?? ""
            throw ValidationError("onbekende soort '\(argument)'; kies uit: \(names.joined(separator: ", "))\(guess)")
        }
        return kind
    }
}

extension Import {
    /// An option the kind does not use is refused, not silently ignored.
    func validate() throws {
        if municipality != nil, !kind.requiresMunicipality {
            let kinds = ImportKind.allCases.filter(\.requiresMunicipality).map(\.rawValue)
            throw ValidationError("--municipality hoort niet bij \(kind.rawValue); alleen bij \(DutchPhrase.list(kinds))")
        }
        if uitgenodigd != nil, kind != .localSurvey { throw ValidationError("--uitgenodigd hoort alleen bij stappenplan") }
        if peildatum != nil, kind != .municipalities { throw ValidationError("--peildatum hoort alleen bij gemeenten") }
    }
}
