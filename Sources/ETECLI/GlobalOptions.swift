import ArgumentParser
import Foundation

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database-bestand (standaard: $ETE_DB of ./ete.sqlite).", valueName: "pad"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Map met sjablonen en vragenlijsten (standaard: $ETE_TEMPLATES of ./templates).", valueName: "map"))
    var templates: String?

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["ETE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "ete.sqlite"
    }

    /// The templates folder: the option, $ETE_TEMPLATES, ./templates, or the one beside the program's checkout.
    func templatesDirectory() throws -> URL {
        if let explicit = templates ?? ProcessInfo.processInfo.environment["ETE_TEMPLATES"], !explicit.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isFolder), isFolder.boolValue else {
                throw CLIError.unusable("sjablonenmap \(explicit) bestaat niet of is geen map; geef de map met benchmark/ en kamerbrief/ op met --templates of ETE_TEMPLATES")
            }
            return URL(fileURLWithPath: explicit)
        }
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder)
            folder.deleteLastPathComponent()
        }
        for candidate in candidates {
            let templates = candidate.appendingPathComponent("templates")
            if FileManager.default.fileExists(atPath: templates.appendingPathComponent("benchmark").path) { return templates }
        }
        throw CLIError.unusable("map 'templates' niet gevonden; geef hem op met --templates of ETE_TEMPLATES")
    }
}
