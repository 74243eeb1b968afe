import ArgumentParser
import ETEModel
import ETEWorkbench
import Foundation

/// Runs a command body and turns any failure into a Dutch message on stderr and the exit status of its class.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let code as ExitCode {
        throw code
    } catch {
        let failure = classified(error)
        printError(failure.description)
        throw ExitCode(failure.exitClass.status)
    }
}

extension ExitClass {
    /// The exit statuses `ete --help` documents.
    var status: Int32 {
        switch self {
        case .data: 1
        case .unusableFile: 2
        case .usage: 64
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("fout: " + DutchText.printable(message, keepingNewlines: true) + "\n").utf8))
}

/// A warning: the work was done, but a person should look (on standard error, so output stays clean).
func printWarning(_ message: String) {
    FileHandle.standardError.write(Data(("waarschuwing: " + DutchText.printable(message, keepingNewlines: true) + "\n").utf8))
}

/// A path as the user would type it: relative to the current folder when it lies inside it.
func displayPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    return url.path.hasPrefix(current) ? String(url.path.dropFirst(current.count)) : url.path
}
