import Foundation

/// Prints HTML pages as tagged PDFs with headless Chromium, each PDF beside its page (same name,
/// .pdf) and placed atomically. One browser per core prints the pages in turn.
public enum HTMLPDFExport {
    /// The PDFs of `pages`, in their order; `progress` hears (done, total) after each page. With
    /// `pagesEach`, a PDF that would run over is printed smaller to fit.
    public static func convertBesideSources(
        _ pages: [URL], pagesEach: Int? = nil, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> [URL] {
        guard let first = pages.first else { return [] }
        guard ChromiumPrinter.isAvailable else {
            throw OutputError.missingTool("Chromium ontbreekt, dus is er geen PDF gemaakt; \(ChromiumPrinter.installHint)")
        }
        let folder = first.deletingLastPathComponent()
        TemporaryFiles.removeStale(in: folder)
        let work = TemporaryFiles.temporaryURL(for: folder.appendingPathComponent("chromium"))
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let printers = PrinterPool(workFolder: work)
        defer { printers.closeAll() }
        let destinations = pages.map { $0.deletingPathExtension().appendingPathExtension("pdf") }
        try ParallelWrites.run(
            Array(zip(pages, destinations)), target: { $0.1 }, progress: progress,
            write: { page, destination in
                let data = try printers.using { try $0.pdf(of: page, pages: pagesEach) }
                try AtomicFile.write(data, to: destination)
            })
        return destinations
    }
}

/// Browsers handed to one thread at a time: a thread takes a free one or starts a new one, and
/// gives it back after its page, so there are never more browsers than threads.
final class PrinterPool: @unchecked Sendable {
    private let workFolder: URL
    private let state = Locked((free: [ChromiumPrinter](), all: [ChromiumPrinter]()))

    init(workFolder: URL) { self.workFolder = workFolder }

    func using<Result>(_ body: (ChromiumPrinter) throws -> Result) throws -> Result {
        let printer =
            try state.withValue { $0.free.popLast() }
            ?? {
                let started = try ChromiumPrinter(workFolder: workFolder)
                state.withValue { $0.all.append(started) }
                return started
            }()
        do {
            let result = try body(printer)
            state.withValue { $0.free.append(printer) }
            return result
        } catch {
            // A browser that failed once is not trusted with the next page.
            printer.close()
            throw error
        }
    }

    func closeAll() {
        for printer in state.withValue({ $0.all }) { printer.close() }
    }
}
