import ArgumentParser
import ETEModel
import ETEReports
import ETEStore
import Foundation

/// Errors the CLI reports itself, with their exit status.
enum CLIError: Error, CustomStringConvertible {
    /// Input data was refused (exit status 1).
    case invalidData(String)
    /// A database, file or folder cannot be used (exit status 2).
    case unusable(String)

    var description: String {
        switch self {
        case .invalidData(let message), .unusable(let message): message
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .invalidData: ExitCode(1)
        case .unusable: ExitCode(2)
        }
    }
}

/// Runs a command body and turns known errors into a Dutch message on stderr and an exit status.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        printError(error.description)
        throw error.exitCode
    } catch let error as ImportFailure {
        printError(error.localizedDescription)
        throw ExitCode(1)
    } catch let error as ReportError {
        printError(error.description)
        // Missing data or a template mistake is an input problem (1); a file that cannot be written is not (2).
        switch error {
        case .writeFailed, .someFailed: throw ExitCode(2)
        default: break
        }
        throw ExitCode(1)
    } catch let error as StoreError {
        printError(error.localizedDescription)
        throw ExitCode(2)
    } catch let error as ExitCode {
        throw error
    } catch let error as CocoaError {
        printError(SystemErrorText.dutch(error))
        throw ExitCode(2)
    } catch let error as POSIXError {
        printError(SystemErrorText.dutch(error))
        throw ExitCode(2)
    } catch {
        printError("onverwachte fout (\(type(of: error))); meld dit met de opdracht die u gaf aan het team")
        throw ExitCode(2)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("fout: " + DutchText.printable(message, keepingNewlines: true) + "\n").utf8))
}

/// A path as the user would type it: relative to the current folder when it lies inside it.
func displayPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    return url.path.hasPrefix(current) ? String(url.path.dropFirst(current.count)) : url.path
}
