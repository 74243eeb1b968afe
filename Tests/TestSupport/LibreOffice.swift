import Foundation

/// LibreOffice in headless mode, to prove generated files open in an independent office suite.
/// Tests that need it are enabled only where `soffice` is installed (`make test` installs it).
public enum LibreOffice {
    public static let executable: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    public static var available: Bool { executable != nil }

    /// CSV in UTF-8 (filter option 76), comma-separated, double-quoted.
    public static let utf8CSV = "csv:Text - txt - csv (StarCalc):44,34,76"

    /// Converts `file` (e.g. to "pdf", or "csv:<filter>:<options>") into `folder` and returns the converted file.
    /// A private profile per call lets tests run side by side.
    public static func convert(_ file: URL, to format: String, in folder: URL) throws -> URL {
        guard let executable else { throw MissingContent(description: "soffice is niet geïnstalleerd") }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("ete-lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", format,
            "--outdir", folder.path, file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let fileExtension = format.split(separator: ":").first.map(String.init) ?? format
        let converted = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + fileExtension)
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: converted.path) else {
            throw MissingContent(
                description: "LibreOffice kon \(file.lastPathComponent) niet omzetten naar \(format) (status \(process.terminationStatus))")
        }
        return converted
    }
}
