import ArgumentParser
import ETEModel
import ETEWorkbench
import Foundation

/// Options every subcommand shares: where the database and the templates are.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database-bestand (standaard: $ETE_DB of ./ete.sqlite).", valueName: "pad"))
    var db: String?

    @Option(
        name: .long, help: ArgumentHelp("Map met sjablonen en vragenlijsten (standaard: $ETE_TEMPLATES of ./templates).", valueName: "map"))
    var templates: String?

    var workspace: Workspace {
        let environment = ProcessInfo.processInfo.environment
        return Workspace(
            databasePath: Workspace.databasePath(db, environment: environment),
            templates: Workspace.locateTemplates(templates, environment: environment, programPath: CommandLine.arguments[0]))
    }
}

/// The year a command is about.
struct YearOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Het jaar.", valueName: "jaar"))
    var year: Int

    func validate() throws { try validateYear(year) }
}

/// Where a command writes its files.
struct OutputOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Uitvoermap.", valueName: "map"))
    var out = "reports"

    var folder: URL { URL(fileURLWithPath: out) }

    /// An output folder must be named: an empty `--out ""` would write into the current folder by accident.
    func validate() throws {
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out is leeg; geef een uitvoermap op (standaard: reports)")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            throw ValidationError("--out \(out) is een bestand, geen map; geef een (nieuwe) map op, bijvoorbeeld reports")
        }
    }
}

func validateYear(_ year: Int) throws {
    guard ProgrammeYears.contains(year) else {
        throw ValidationError("jaar \(year) valt buiten het programma (\(ProgrammeYears.first)–\(ProgrammeYears.last))")
    }
}
