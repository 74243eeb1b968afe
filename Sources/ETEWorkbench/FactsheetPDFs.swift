import ETEOutput
import Foundation

/// The PDFs beside a factsheet run's HTML pages, printed by headless Chromium from the one HTML
/// source (so the PDF has the page's headings, lists, table headers and the chart's text): made
/// when asked and Chromium is present; when it is absent, a note says so instead of failing the run.
enum FactsheetPDFs {
    /// `pagesEach`: the factsheet's promise (one A4 for the benchmark factsheet).
    static func convert(
        _ pages: [URL], pagesEach: Int? = nil, wanted: Bool, notes: inout [String],
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> [URL] {
        guard wanted, !pages.isEmpty else { return [] }
        guard ChromiumPrinter.isAvailable else {
            notes.append("Geen PDF gemaakt: Chromium ontbreekt; \(ChromiumPrinter.installHint)")
            return []
        }
        return try HTMLPDFExport.convertBesideSources(pages, pagesEach: pagesEach, progress: progress)
    }
}
