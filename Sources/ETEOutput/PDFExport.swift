import Foundation

/// Turns an office document into a tagged, accessible PDF with LibreOffice (PDF/UA option on;
/// title and language come from the document's own properties).
public enum PDFExport {
    /// LibreOffice's PDF export with tagging and PDF/UA.
    static let filter =
        #"pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"}}"#

    /// Converts `source` and writes the PDF atomically to `destination`.
    public static func convert(_ source: URL, to destination: URL) throws {
        guard OfficeConverter.isAvailable else {
            throw OutputError.missingTool("LibreOffice ontbreekt, dus is er geen PDF gemaakt; \(OfficeConverter.installHint)")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ete-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let converted = try OfficeConverter.convert(source, filter: filter, into: work)
        try AtomicFile.write(try Data(contentsOf: converted), to: destination)
    }
}
