import ETEStore
import Foundation

/// Where a run's data lives: the database file and the templates folder (with `benchmark/<jaar>.yaml`,
/// `kamerbrief/` and the demo letter texts). Stated once; every use case takes it.
public struct Workspace: Sendable {
    public let databasePath: String
    /// Nil when no templates folder was found (only commands that need one fail on it).
    private let templatesFolder: Result<URL, WorkbenchError>

    public init(databasePath: String, templates: Result<URL, WorkbenchError>) {
        self.databasePath = databasePath
        self.templatesFolder = templates
    }

    /// The templates folder, or the Dutch reason there is none.
    public func templates() throws -> URL { try templatesFolder.get() }

    /// The templates folder when there is one (imports and checks use it when present).
    public var templatesIfPresent: URL? { try? templatesFolder.get() }

    public func openForReading() throws -> Store { try Store.openForReading(at: databasePath) }

    public func openForWriting() throws -> Store { try Store.open(at: databasePath) }

    /// The database: the given path, `ETE_DB`, or ./ete.sqlite.
    public static func databasePath(_ explicit: String?, environment: [String: String]) -> String {
        explicit ?? environment["ETE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "ete.sqlite"
    }

    /// The templates folder: the given one, `ETE_TEMPLATES`, ./templates, or the one beside the
    /// program's checkout (so `ete` works from any folder after `make`).
    public static func locateTemplates(
        _ explicit: String?, environment: [String: String], programPath: String,
        currentFolder: String = FileManager.default.currentDirectoryPath
    ) -> Result<URL, WorkbenchError> {
        if let explicit = explicit ?? environment["ETE_TEMPLATES"], !explicit.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isFolder), isFolder.boolValue else {
                return .failure(
                    .unusable(
                        "sjablonenmap \(explicit) bestaat niet of is geen map; geef de map met benchmark/ en kamerbrief/ op met --templates of ETE_TEMPLATES"
                    ))
            }
            return .success(URL(fileURLWithPath: explicit))
        }
        var candidates = [URL(fileURLWithPath: currentFolder)]
        var folder = URL(fileURLWithPath: programPath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder)
            folder.deleteLastPathComponent()
        }
        for candidate in candidates {
            let templates = candidate.appendingPathComponent("templates")
            if FileManager.default.fileExists(atPath: templates.appendingPathComponent("benchmark").path) { return .success(templates) }
        }
        return .failure(.unusable("map 'templates' niet gevonden; geef hem op met --templates of ETE_TEMPLATES"))
    }
}
