import ETEModel
import ETEOutput
import Foundation

/// The output formats of the letter.
public enum LetterFormat: String, CaseIterable, Sendable {
    case docx, html, md, pdf
}

/// Writes a letter as `<folder>/<jaar>/Voortgangsbrief-<jaar>.<ext>`, each file atomically.
public struct LetterFiles: Sendable {
    public let outputFolder: URL
    public let year: Int

    public init(outputFolder: URL, year: Int) {
        self.outputFolder = outputFolder
        self.year = year
    }

    public func url(_ format: LetterFormat) -> URL {
        outputFolder.appendingPathComponent(String(year)).appendingPathComponent("Voortgangsbrief-\(year).\(format.rawValue)")
    }

    public var title: String { "Voortgangsbrief Eén tegen eenzaamheid over \(year)" }

    /// Writes each asked format once, in the order asked but the PDF last (it needs LibreOffice, so
    /// its failure leaves the others written), calling `written` after each file, so a front end
    /// can list what exists even when a later format fails.
    @discardableResult
    public func write(_ document: LetterDocument, formats: [LetterFormat], written: (URL) -> Void = { _ in }) throws -> [URL] {
        let ordered = formats.reduce(into: [LetterFormat]()) { if !$0.contains($1) { $0.append($1) } }
        return try (ordered.filter { $0 != .pdf } + ordered.filter { $0 == .pdf }).map { format in
            let destination = url(format)
            do {
                switch format {
                case .md: try AtomicFile.write(Data(MarkdownRenderer(document: document).render().utf8), to: destination)
                case .html: try AtomicFile.write(Data(HTMLRenderer(document: document, title: title).render().utf8), to: destination)
                case .docx: try AtomicFile.write(to: destination) { try writeDocx(document, to: $0) }
                // The PDF comes last, so a Word file of this run already exists and is converted as it is.
                case .pdf: try writePDF(document, to: destination, from: ordered.contains(.docx) ? url(.docx) : nil)
                }
            } catch {
                throw OutputError.writeFailed(destination, cause: error)
            }
            written(destination)
            return destination
        }
    }

    private func writeDocx(_ document: LetterDocument, to file: URL) throws {
        let properties = DocxPackage.Properties(
            title: title, subject: document.field("Betreft") ?? title,
            date: document.date ?? Day(year: year + 1, month: 1, day: 1)!, isFictitious: document.notice != nil)
        try DocxPackage.write(DocxRenderer(document: document).render(), properties: properties, to: file)
    }

    /// The PDF is the Word letter as LibreOffice lays it out, so both show the same pages. Without a
    /// Word file of this run, one is written beside the conversion first.
    private func writePDF(_ document: LetterDocument, to destination: URL, from writtenDocx: URL?) throws {
        if let writtenDocx { return try PDFExport.convert(writtenDocx, to: destination) }
        try PDFExport.convert(to: destination, sourceNamed: url(.docx).lastPathComponent) { try writeDocx(document, to: $0) }
    }
}
