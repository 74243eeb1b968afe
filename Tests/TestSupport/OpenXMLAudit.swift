import Foundation

/// The `openxml-audit` ECMA-376 validator (PyPI), from the virtual environment `make test` creates:
/// an independent check that a generated .docx/.xlsx is schema-valid, not only that it unzips.
public enum OpenXMLAudit {
    public static let executable = RepositoryPaths.root.appendingPathComponent(".venv/bin/openxml-audit")

    /// The validator's findings of error severity for `file`; empty when the file is valid. Throws when
    /// the validator is missing: a test that cannot validate must fail, not pass.
    public static func errors(in file: URL) throws -> [String] {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw MissingContent(description: "\(executable.path) ontbreekt; 'make test' installeert openxml-audit in .venv")
        }
        let output = try ToolOutput.standardOutput(of: executable, ["--output", "json", "--max-errors", "0", file.path])
        guard let reports = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]], let report = reports.first else {
            throw MissingContent(description: "openxml-audit gaf geen rapport voor \(file.lastPathComponent)")
        }
        let errors = report["errors"] as? [[String: Any]] ?? []
        let count = report["error_count"] as? Int ?? errors.count
        let described = errors.map { error in
            ["description", "part", "path"].compactMap { error[$0].map { "\($0)" } }.joined(separator: " — ")
        }
        return described.isEmpty && count > 0 ? ["\(count) fout(en)"] : described
    }
}
