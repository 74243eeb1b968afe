import ETEAnalysis
import ETEModel
import ETEOutput
import ETEStore
import ETEWorkbench
import Foundation
import TestSupport

/// The demo's factsheets of 2024, written once for all tests of this target (all 342, as
/// `ete factsheet --year 2024 --all --geen-pdf` writes them).
enum DemoFactsheets {
    private static let outputFolder: URL = {
        do { return try Scratch().folder } catch { fatalError("scratch: \(error)") }
    }()

    /// The output folder, with the factsheets written: no test depends on another having run first.
    static var folder: URL {
        _ = written
        return outputFolder
    }

    static let written: WriteFactsheets.Written = {
        do {
            return try WriteFactsheets(
                year: 2024, store: SharedDemo.store, templates: RepositoryPaths.templates, outputFolder: outputFolder
            )
            .write(selection: .all, pdf: false, madeOn: Day(year: 2025, month: 3, day: 1)!)
        } catch { fatalError("factsheets: \(error)") }
    }()

    static let overview: BenchmarkOverview = {
        do {
            let profiles = try PolicyProfileFile.load(templates: RepositoryPaths.templates, questionnaires: questionnaires)
            return try BenchmarkOverview.load(year: 2024, from: SharedDemo.store, profiles: profiles)!
        } catch { fatalError("overview: \(error)") }
    }()

    static var questionnaires: [Questionnaire] {
        (try? SharedDemo.store.read { try $0.questionnaires() }) ?? []
    }

    static func municipality(_ name: String) -> Municipality { overview.municipalities.first { $0.name == name }! }

    static func html(_ municipality: Municipality) throws -> String {
        let url = folder.appendingPathComponent("2024/factsheets")
            .appendingPathComponent("\(municipality.code.rawValue)-\(OutputFileName.safe(municipality.name)).html")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The page's text without tags, with the entities XMLText writes turned back.
    static func text(_ municipality: Municipality) throws -> String {
        try html(municipality).replacing(/<[^>]+>/, with: " ").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
                of: "&gt;", with: ">")
    }
}
