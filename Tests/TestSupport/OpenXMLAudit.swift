import Foundation

/// The `openxml-audit` ECMA-376 validator (PyPI), from the virtual environment `make test` creates:
/// an independent check that a generated .docx/.xlsx is schema-valid, not only that it unzips.
public enum OpenXMLAudit {
    public static let executable = RepositoryPaths.root.appendingPathComponent(".venv/bin/openxml-audit")

    public static var available: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    /// The validator's findings of error severity for `file`; empty when the file is valid.
    public static func errors(in file: URL) throws -> [String] {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--output", "json", "--max-errors", "0", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard let reports = try JSONSerialization.jsonObject(with: data) as? [[String: Any]], let report = reports.first else {
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
