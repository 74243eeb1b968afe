/// Why the letter could not be built, in Dutch.
public enum LetterError: Error, CustomStringConvertible, Equatable {
    /// Inputs the letter needs are absent: every one of them, found in one run.
    case missingInputs([MissingInput])
    /// A mistake in a template file.
    case template(file: String, line: Int?, message: String)
    /// The filled-in letter is not valid letter markup (usually a passage).
    case markup(String)

    public var description: String {
        switch self {
        case .missingInputs(let inputs): inputs.report
        case .template(let file, let line, let message): "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .markup(let message): message
        }
    }
}
