import ETELetter
import ETEModel
import ETEOutput
import ETEStore
import Foundation

/// How a failure ends a command: the three exit classes of `ete` (the front end picks the code).
public enum ExitClass: Sendable, Equatable {
    /// Input data was refused or is incomplete (exit status 1).
    case data
    /// A database, file or folder cannot be used (exit status 2).
    case unusableFile
    /// The command was used wrongly (exit status 64).
    case usage
}

/// An error that knows its exit class and has a Dutch message; every error a use case throws is
/// one, so front ends never switch over concrete error types.
public protocol ClassifiedError: Error, CustomStringConvertible {
    var exitClass: ExitClass { get }
}

/// Failures the use cases report themselves.
public enum WorkbenchError: ClassifiedError, Equatable {
    case invalidData(String)
    case unusable(String)
    /// The command named something that does not fit it (a municipality that does not exist in the year).
    case usage(String)

    public var description: String {
        switch self {
        case .invalidData(let message), .unusable(let message), .usage(let message): message
        }
    }

    public var exitClass: ExitClass {
        switch self {
        case .invalidData: .data
        case .unusable: .unusableFile
        case .usage: .usage
        }
    }
}

extension ImportFailure: ClassifiedError {
    public var exitClass: ExitClass { .data }
    public var description: String { localizedDescription }
}

extension StoreError: ClassifiedError {
    public var exitClass: ExitClass { .unusableFile }
    public var description: String { localizedDescription }
}

/// Missing data or a template mistake is an input problem.
extension LetterError: ClassifiedError {
    public var exitClass: ExitClass { .data }
}

/// A file that cannot be written is not an input problem.
extension OutputError: ClassifiedError {
    public var exitClass: ExitClass { .unusableFile }
}

/// Any error as a classified one: system errors get their Dutch text, anything unforeseen a
/// request to report it.
public func classified(_ error: Error) -> any ClassifiedError {
    switch error {
    case let known as any ClassifiedError: known
    case let system as CocoaError: WorkbenchError.unusable(SystemErrorText.dutch(system))
    case let system as POSIXError: WorkbenchError.unusable(SystemErrorText.dutch(system))
    default: WorkbenchError.unusable("onverwachte fout (\(type(of: error))); meld dit met de opdracht die u gaf aan het team")
    }
}
