import Foundation

/// Why an output file could not be written, in Dutch.
public enum OutputError: Error, CustomStringConvertible, Equatable {
    /// Writing an output file failed; nothing was left under its final name.
    case writeFailed(String, reason: String)
    /// Some files of a run could not be written; the others were.
    case someFailed(written: Int, failures: [String])
    /// A program an output needs is not installed (the message says how to get it).
    case missingTool(String)

    /// A failed write with its cause in Dutch (no raw system or library text).
    public static func writeFailed(_ url: URL, cause: Error) -> OutputError {
        if let error = cause as? OutputError { return error }
        if let failure = cause as? OutputFailure { return .writeFailed(url.path, reason: failure.outputFailureReason) }
        let reason = SystemErrorText.dutch(cause)
        // A library's own error type (a ZIP writer's, say) says nothing we know; a full disk is the likely cause, and checkable.
        if reason == SystemErrorText.unknown, SystemErrorText.isFull(url.deletingLastPathComponent()) {
            return .writeFailed(url.path, reason: SystemErrorText.posix(.ENOSPC))
        }
        return .writeFailed(url.path, reason: reason)
    }

    public var description: String {
        switch self {
        case .writeFailed(let path, let reason): "kan \(path) niet schrijven: \(reason)"
        case .someFailed(let written, let failures):
            "\(failures.count) bestand(en) niet geschreven (\(written) wel):\n" + failures.map { "  " + $0 }.joined(separator: "\n")
        case .missingTool(let message): message
        }
    }
}

/// An error of a file-format library that can say in Dutch why the file could not be built,
/// so that this module need not know every library.
public protocol OutputFailure: Error {
    var outputFailureReason: String { get }
}
