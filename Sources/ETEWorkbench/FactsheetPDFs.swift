import ETEOutput
import Foundation

/// The PDFs beside a factsheet run's Word files: made when asked and LibreOffice is present; when
/// it is absent, a note says so instead of failing the run.
enum FactsheetPDFs {
    static func convert(_ documents: [URL], wanted: Bool, notes: inout [String]) throws -> [URL] {
        guard wanted, !documents.isEmpty else { return [] }
        guard OfficeConverter.isAvailable else {
            notes.append("Geen PDF gemaakt: LibreOffice ontbreekt; \(OfficeConverter.installHint)")
            return []
        }
        return try PDFExport.convertBesideSources(documents)
    }
}
