import Foundation

/// Why a report could not be produced, in Dutch.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// Writing an output file failed; nothing was left under its final name.
    case writeFailed(String, reason: String)
    /// A data set the report needs is absent; `remedy` is the command that provides it.
    case missingData(String, remedy: String)
    /// A template uses a figure the store does not have.
    case missingFigure(String, template: String, line: Int, remedy: String)
    /// A mistake in a template file.
    case template(file: String, line: Int?, message: String)
    /// The filled-in letter is not valid letter markup (usually a passage).
    case markup(String)

    public var description: String {
        switch self {
        case .writeFailed(let path, let reason): "kan \(path) niet schrijven: \(reason)"
        case .missingData(let what, let remedy): "\(what) ontbreekt; lees die in met '\(remedy)'"
        case .missingFigure(let figure, let template, let line, let remedy):
            "\(template):\(line): het cijfer \(figure) ontbreekt in de gegevens; lees het in met '\(remedy)'"
        case .template(let file, let line, let message): "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .markup(let message): message
        }
    }
}
