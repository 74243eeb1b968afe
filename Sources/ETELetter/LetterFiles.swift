import ETEModel
import ETEOutput
import Foundation

/// The output formats of the letter.
public enum LetterFormat: String, CaseIterable, Sendable {
    case docx, html, md
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

    @discardableResult
    public func write(_ document: LetterDocument, formats: [LetterFormat]) throws -> [URL] {
        try formats.map { format in
            let destination = url(format)
            do {
                switch format {
                case .md: try AtomicFile.write(Data(MarkdownRenderer(document: document).render().utf8), to: destination)
                case .html: try AtomicFile.write(Data(HTMLRenderer(document: document, title: title).render().utf8), to: destination)
                case .docx:
                    let properties = DocxPackage.Properties(
                        title: title, subject: document.field("Betreft") ?? title,
                        date: document.date ?? Day(year: year + 1, month: 1, day: 1)!, isFictitious: document.notice != nil)
                    let parts = DocxRenderer(document: document).render()
                    try AtomicFile.write(to: destination) { try DocxPackage.write(parts, properties: properties, to: $0) }
                }
            } catch {
                throw OutputError.writeFailed(destination, cause: error)
            }
            return destination
        }
    }
}
