import ETEModel
import ETEStore
import Foundation

/// A next year with a merger, on the demo data: on 1 January 2025 Landsmeer, Oostzaan and
/// Wormerland (Noord-Holland) merge into a new municipality "Zaanstreek-Noord" (GM1999). The
/// merger is fictitious (test data of its own); the municipalities are real. The files are the
/// ones staff would receive: the merger, the CBS list of 1 January 2025 (340 municipalities),
/// a questionnaire for 2025 (the 2024 one) and the 2025 benchmark answers (each 2024 respondent
/// that still exists answers as it did, the new municipality as the first of its predecessors that took part did).
public enum MergerScenario {
    public static let year = 2025
    public static let date = Day.firstOfJanuary(2025)
    public static let newCode = MunicipalityCode("GM1999")!
    public static let newName = "Zaanstreek-Noord"
    /// Landsmeer, Oostzaan, Wormerland.
    public static let ended = [MunicipalityCode("GM0415")!, MunicipalityCode("GM0431")!, MunicipalityCode("GM0880")!]
    public static let endedNames = ["Landsmeer", "Oostzaan", "Wormerland"]

    public static let mergerFile = """
        oude_code;oude_naam;nieuwe_code;nieuwe_naam;provincie;datum;bron
        GM0415;Landsmeer;GM1999;Zaanstreek-Noord;Noord-Holland;2025-01-01;Testgegevens (fictieve herindeling)
        GM0431;Oostzaan;GM1999;;;2025-01-01;Testgegevens (fictieve herindeling)
        GM0880;Wormerland;GM1999;;;2025-01-01;Testgegevens (fictieve herindeling)

        """

    /// The CBS list of 1 January 2025 as a CSV: the municipalities of 2024 without the three, with the new one.
    /// `leavingOut` drops further municipalities (a list with a mistake).
    public static func cbsList(from store: Store, leavingOut: Set<MunicipalityCode> = []) throws -> String {
        let municipalities = try store.read { try $0.municipalities(in: 2024) }
        var lines = ["code;naam;provincie"]
        for municipality in municipalities where !ended.contains(municipality.code) && !leavingOut.contains(municipality.code) {
            lines.append("\(municipality.code);\(municipality.name);\(municipality.province)")
        }
        lines.append("\(newCode);\(newName);Noord-Holland")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The 2024 questionnaire as that of 2025.
    public static func questionnaire2025() throws -> String {
        let text = try String(contentsOf: RepositoryPaths.templates.appendingPathComponent("benchmark/2024.yaml"), encoding: .utf8)
        return text.replacingOccurrences(of: "jaar: 2024", with: "jaar: 2025")
            .replacingOccurrences(of: "Benchmark lokaal eenzaamheidsbeleid 2024", with: "Benchmark lokaal eenzaamheidsbeleid 2025")
    }

    /// Benchmark answers for 2025 in the import format; `extraRow` is added as it is (e.g. one for an ended municipality).
    public static func benchmark2025(from store: Store, extraRow: String? = nil) throws -> String {
        let responses = try store.read { try $0.benchmarkResponses(year: 2024) }
        let ids = Array(Set(responses.flatMap { $0.answers.keys })).sorted()
        func row(_ name: String, _ answers: [String: String]) -> String {
            ([name] + ids.map { answers[$0] ?? "" }).joined(separator: ";")
        }
        var lines = [(["gemeente"] + ids).joined(separator: ";")]
        for response in responses where !ended.contains(response.municipality) {
            lines.append(row(response.municipality.rawValue, response.answers))
        }
        if let predecessor = responses.first(where: { ended.contains($0.municipality) }) {
            lines.append(row(newCode.rawValue, predecessor.answers))
        }
        if let extraRow { lines.append(extraRow) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The demo store with the merger recorded and the list of 1 January 2025 imported; with
    /// `benchmark`, also the 2025 questionnaire and answers.
    public static func store(in scratch: Scratch, benchmark: Bool = true) throws -> Store {
        let store = try scratch.demoStore()
        try scratch.importText(.mergers, mergerFile, name: "herindelingen-2025.csv", into: store)
        try scratch.importText(.municipalities, try cbsList(from: store), name: "gemeenten-2025.csv", referenceDate: date, into: store)
        if benchmark {
            try scratch.importText(.questionnaire, try questionnaire2025(), name: "2025.yaml", into: store)
            try scratch.importText(.benchmark, try benchmark2025(from: store), name: "benchmark-2025.csv", year: year, into: store)
        }
        return store
    }
}

/// One merger-year store shared by the read-only tests.
public enum SharedMergerYear {
    public static let store: Store = {
        do { return try MergerScenario.store(in: try Scratch()) } catch { fatalError("merger store: \(error)") }
    }()
}
