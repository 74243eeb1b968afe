import ETEStore
import Foundation
import XlsxWriter

/// Why a report could not be produced, in Dutch.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// Writing an output file failed; nothing was left under its final name.
    case writeFailed(String, reason: String)
    /// Some files of a run could not be written; the others were.
    case someFailed(written: Int, failures: [String])
    /// Inputs the letter needs are absent: every one of them, found in one run.
    case missingInputs([MissingInput])
    /// A mistake in a template file.
    case template(file: String, line: Int?, message: String)
    /// The filled-in letter is not valid letter markup (usually a passage).
    case markup(String)

    /// A failed write with its cause in Dutch (no raw system or library text).
    static func writeFailed(_ url: URL, cause: Error) -> ReportError {
        if let error = cause as? ReportError { return error }
        if let error = cause as? XlsxError { return .writeFailed(url.path, reason: "de werkmap kon niet worden opgebouwd (\(error.dutchReason))") }
        return .writeFailed(url.path, reason: SystemErrorText.dutch(cause))
    }

    public var description: String {
        switch self {
        case .writeFailed(let path, let reason): "kan \(path) niet schrijven: \(reason)"
        case .someFailed(let written, let failures):
            "\(failures.count) bestand(en) niet geschreven (\(written) wel):\n" + failures.map { "  " + $0 }.joined(separator: "\n")
        case .missingInputs(let inputs): inputs.report
        case .template(let file, let line, let message): "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .markup(let message): message
        }
    }
}
