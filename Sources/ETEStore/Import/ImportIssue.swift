import ETEModel
import Foundation

/// One problem found in an input file, located as precisely as possible.
/// `column` is the 1-based field number in the row (as a spreadsheet counts columns).
public struct ImportIssue: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// "benchmark-2024.csv:12:5: onbekende gemeente …", with control characters shown escaped
    /// (a value echoed from a file must not act on the terminal or break the one-line form).
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if line != nil, let column { location += ":\(column)" }
        return DutchText.printable("\(location): \(message)")
    }
}

/// An import that was refused; nothing of the file was written.
public struct ImportFailure: Error, LocalizedError, Sendable, Equatable {
    /// How many problems are listed before the rest is summarised.
    public static let listedIssueLimit = 25

    public var issues: [ImportIssue]
    /// The file is a rules file of the templates (read, not imported): the closing line says so.
    public var isRuleFile = false

    public init(issues: [ImportIssue], rules: Bool = false) {
        self.issues = issues
        isRuleFile = rules
    }
    public init(_ issue: ImportIssue, rules: Bool = false) { self.init(issues: [issue], rules: rules) }

    public var errorDescription: String? {
        var lines = issues.prefix(Self.listedIssueLimit).map(\.description)
        if issues.count > Self.listedIssueLimit {
            lines.append("… en nog \(issues.count - Self.listedIssueLimit) fouten")
        }
        let file = issues.first?.file ?? "invoer"
        let count = DutchPhrase.count(issues.count, "fout", "fouten")
        lines.append(
            isRuleFile
                ? "\(file) is niet gebruikt (\(count)); er is niets gemaakt."
                : "Import afgebroken (\(count)); er is niets uit \(file) opgeslagen.")
        return lines.joined(separator: "\n")
    }
}

/// Collects the problems of one file so that all of them are reported at once.
final class IssueCollector {
    let file: String
    private(set) var issues: [ImportIssue] = []

    init(file: String) { self.file = file }

    func add(line: Int?, column: Int? = nil, _ message: String) {
        issues.append(ImportIssue(file: file, line: line, column: column, message: message))
    }

    var isEmpty: Bool { issues.isEmpty }

    func throwIfAny(rules: Bool = false) throws {
        if !issues.isEmpty { throw ImportFailure(issues: issues, rules: rules) }
    }
}
