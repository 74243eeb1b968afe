import Foundation

/// LibreOffice in headless mode, converting one office file with a given export filter. Every
/// conversion gets a profile of its own (inside the target folder, so it goes wherever that folder
/// goes), and a LibreOffice open on the desktop, or a second run, does not block it.
public enum OfficeConverter {
    /// LibreOffice's program, when installed. `ETE_LIBREOFFICE` names it when it is elsewhere (a
    /// path that does not exist counts as absent, so the absent case can be tried).
    public static var program: URL? {
        if let chosen = ProcessInfo.processInfo.environment["ETE_LIBREOFFICE"] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? URL(fileURLWithPath: chosen) : nil
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":").map(String.init)
        return (folders + ["/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"]).lazy
            .flatMap { folder in ["soffice", "libreoffice"].map { URL(fileURLWithPath: folder).appendingPathComponent($0) } }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    public static var isAvailable: Bool { program != nil }

    /// How to get LibreOffice, for messages.
    public static let installHint = "installeer LibreOffice, bijvoorbeeld met: sudo apt-get install libreoffice-writer-nogui"

    /// Converts `source` with `filter` (e.g. "pdf", "csv:…:…") into `folder` and returns the new file,
    /// named after the source with the filter's extension.
    public static func convert(_ source: URL, filter: String, into folder: URL) throws -> URL {
        try convert([source], filter: filter, into: folder)[0]
    }

    /// At most this many files per LibreOffice run: soffice silently ignores the files after about
    /// 250 command-line arguments (it converted 246 of 342 factsheets and still exited 0).
    public static let filesPerRun = 200

    /// Converts several files with as few LibreOffice runs as it allows (starting it is most of the cost).
    public static func convert(_ sources: [URL], filter: String, into folder: URL, filesPerRun: Int = filesPerRun) throws -> [URL] {
        try stride(from: 0, to: sources.count, by: filesPerRun).flatMap { start in
            try convertInOneRun(Array(sources[start..<min(start + filesPerRun, sources.count)]), filter: filter, into: folder)
        }
    }

    private static func convertInOneRun(_ sources: [URL], filter: String, into folder: URL) throws -> [URL] {
        guard let program else { throw OutputError.missingTool("LibreOffice ontbreekt; \(installHint)") }
        let profile = folder.appendingPathComponent(".lo-profiel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        let arguments =
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                "--convert-to", filter, "--outdir", folder.path,
            ] + sources.map(\.path)
        (process.executableURL, process.arguments) = ProcessLifetime.tiedToThisProcess(program, arguments)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let fileExtension = filter.split(separator: ":").first.map(String.init) ?? filter
        return try sources.map { source in
            let converted = folder.appendingPathComponent(source.deletingPathExtension().lastPathComponent + "." + fileExtension)
            guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: converted.path) else {
                throw OutputError.writeFailed(
                    converted.path,
                    reason: "LibreOffice kon \(source.lastPathComponent) niet omzetten (status \(process.terminationStatus))")
            }
            return converted
        }
    }
}
