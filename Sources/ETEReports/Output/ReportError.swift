import Foundation

/// Why a report could not be produced, in Dutch.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// Writing an output file failed; nothing was left under its final name.
    case writeFailed(String, reason: String)
    /// A figure or data set the report needs is absent; names the import that provides it.
    case missingData(String, remedy: String)

    public var description: String {
        switch self {
        case .writeFailed(let path, let reason): "kan \(path) niet schrijven: \(reason)"
        case .missingData(let what, let remedy): "\(what) ontbreekt; \(remedy)"
        }
    }
}
