import Foundation

/// Turns an office document into a tagged, accessible PDF with LibreOffice (PDF/UA option on;
/// title and language come from the document's own properties).
public enum PDFExport {
    /// LibreOffice's PDF export with tagging and PDF/UA.
    static let filter =
        #"pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"}}"#

    /// Converts `source` and writes the PDF atomically to `destination`.
    public static func convert(_ source: URL, to destination: URL) throws {
        try inWorkFolder(for: destination) { work in
            try place(try OfficeConverter.convert(source, filter: filter, into: work), at: destination)
        }
    }

    /// Converts several office files in one LibreOffice run, each PDF beside its source (same
    /// name, .pdf) and placed atomically; returns the PDFs.
    public static func convertBesideSources(_ sources: [URL]) throws -> [URL] {
        guard let first = sources.first else { return [] }
        var written: [URL] = []
        try inWorkFolder(for: first.deletingPathExtension().appendingPathExtension("pdf")) { work in
            let converted = try OfficeConverter.convert(sources, filter: filter, into: work)
            for (source, pdf) in zip(sources, converted) {
                let destination = source.deletingPathExtension().appendingPathExtension("pdf")
                try place(pdf, at: destination)
                written.append(destination)
            }
        }
        return written
    }

    /// Lets `writeSource` write the document (named `name`) in the work folder, then converts it:
    /// for a PDF whose source is not an output of its own.
    public static func convert(to destination: URL, sourceNamed name: String, writing writeSource: (URL) throws -> Void) throws {
        try inWorkFolder(for: destination) { work in
            let source = work.appendingPathComponent(name)
            try writeSource(source)
            try place(try OfficeConverter.convert(source, filter: filter, into: work), at: destination)
        }
    }

    /// The work folder sits beside `destination` under a temporary name, so that what a killed run
    /// leaves there (LibreOffice may even finish after it) is cleared by the next write, like any
    /// other temporary file (`TemporaryFiles`).
    private static func inWorkFolder(for destination: URL, _ body: (URL) throws -> Void) throws {
        guard OfficeConverter.isAvailable else {
            throw OutputError.missingTool("LibreOffice ontbreekt, dus is er geen PDF gemaakt; \(OfficeConverter.installHint)")
        }
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        TemporaryFiles.removeStale(besides: destination)
        let work = TemporaryFiles.temporaryURL(for: destination)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try body(work)
    }

    private static func place(_ converted: URL, at destination: URL) throws {
        try AtomicFile.write(try Data(contentsOf: converted), to: destination)
    }
}
