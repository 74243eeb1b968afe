import ETEAnalysis
import ETEDemo
import ETEModel
import ETEStore
import Foundation

/// The use cases that change or check the data: create a store, import a file, check consistency.
public enum DataTasks {
    /// Creates the store (with the demo data when asked) and returns its table counts.
    public static func createStore(in workspace: Workspace, demo: Bool, replacing: Bool) throws -> [String: Int] {
        let templates = demo ? try workspace.templates() : nil
        let store = try Store.create(at: workspace.databasePath, replacing: replacing) { store in
            guard let templates else { return }
            do {
                try DemoDataset.load(into: store, templatesDirectory: templates)
            } catch let failure as ImportFailure {
                throw WorkbenchError.invalidData("demogegevens laden mislukt: \(failure.localizedDescription)")
            }
        }
        return try store.tableCounts()
    }

    /// Where the demo's own surveys of one municipality are, as the command that shows them.
    public static let demoLocalSurveyCommand =
        "ete factsheet-lokaal --municipality \(DemoStappenplan.municipality.rawValue) --year \(DemoStappenplan.year)"

    /// Imports one file (or, for the letter text, a folder) in one transaction.
    /// `municipality`: name or CBS code, for a municipality's own survey; `invited`: how many were asked to fill it in.
    public static func importFile(
        _ path: String, kind: ImportKind, year: Int?, municipality: String? = nil, invited: Int? = nil, referenceDate: Day? = nil,
        in workspace: Workspace
    ) throws -> ImportSummary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw WorkbenchError.unusable("\(path) bestaat niet; controleer het pad")
        }
        // letter-text reads a folder; every other kind one file.
        if isFolder.boolValue != (kind == .letterText) {
            throw WorkbenchError.unusable(
                isFolder.boolValue
                    ? "\(path) is een map; verwacht een bestand (\(kind.rawValue) leest één bestand)"
                    : "\(path) is een bestand; verwacht een map met brief.yaml en de passages")
        }
        let store = try workspace.openForWriting()
        let request = ImportRequest(
            kind: kind, file: URL(fileURLWithPath: path), year: year, templatesDirectory: workspace.templatesIfPresent,
            municipality: municipality, invited: invited, referenceDate: referenceDate)
        return try Importer.run(request, into: store)
    }

    /// The consistency findings of the store (one year, or all).
    public static func check(year: Int?, in workspace: Workspace) throws -> [Finding] {
        try ConsistencyChecker.check(try workspace.openForReading(), year: year, templatesFolder: workspace.templatesIfPresent)
    }

    /// A year's figures, as the letter and `ete stats` use them.
    public static func figures(year: Int, in workspace: Workspace) throws -> YearFigures {
        let store = try workspace.openForReading()
        let profiles = try AnalysisRules.policyProfiles(templates: workspace.templatesIfPresent, store: store)
        return try FigureCalculator.figures(for: year, in: store, profiles: profiles)
    }
}
