import Foundation

/// Turns an office document into a tagged, accessible PDF with LibreOffice in headless mode
/// (PDF/UA option on; title and language come from the document's own properties).
public enum PDFExport {
    /// LibreOffice's program, when installed. `ETE_LIBREOFFICE` names it when it is elsewhere (a
    /// path that does not exist counts as absent, so the absent case can be tried).
    public static var converter: URL? {
        if let chosen = ProcessInfo.processInfo.environment["ETE_LIBREOFFICE"] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? URL(fileURLWithPath: chosen) : nil
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":").map(String.init)
        return (folders + ["/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"]).lazy
            .flatMap { folder in ["soffice", "libreoffice"].map { URL(fileURLWithPath: folder).appendingPathComponent($0) } }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    public static var isAvailable: Bool { converter != nil }

    /// How to get LibreOffice, for messages.
    public static let installHint = "installeer LibreOffice, bijvoorbeeld met: sudo apt-get install libreoffice-writer-nogui"

    /// LibreOffice's PDF export with tagging and PDF/UA.
    static let filter =
        #"pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"}}"#

    /// Converts `source` and writes the PDF atomically to `destination`.
    public static func convert(_ source: URL, to destination: URL) throws {
        guard let converter else { throw OutputError.missingTool("LibreOffice ontbreekt, dus is er geen PDF gemaakt; \(installHint)") }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ete-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = converter
        // A profile of its own: a LibreOffice that is open on the desktop, or a second run, does not block this one.
        process.arguments = [
            "-env:UserInstallation=\(work.appendingPathComponent("profiel").absoluteString)", "--headless", "--norestore",
            "--convert-to", filter, "--outdir", work.path, source.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let converted = work.appendingPathComponent(source.deletingPathExtension().lastPathComponent + ".pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: converted.path) else {
            throw OutputError.writeFailed(
                destination.path, reason: "LibreOffice kon \(source.lastPathComponent) niet omzetten (status \(process.terminationStatus))")
        }
        try AtomicFile.write(try Data(contentsOf: converted), to: destination)
    }
}
