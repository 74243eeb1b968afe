import ETEAnalysis
import ETEModel
import Foundation

/// Writes the benchmark workbooks of one year under an output folder:
/// `<jaar>/benchmark/Benchmark-landelijk-<jaar>.xlsx` and `<jaar>/benchmark/gemeenten/<GMcode>-<naam>.xlsx`.
/// Every file is written under a temporary name and renamed into place.
public struct BenchmarkWorkbooks: Sendable {
    public let overview: BenchmarkOverview
    public let outputFolder: URL

    public init(overview: BenchmarkOverview, outputFolder: URL) {
        self.overview = overview
        self.outputFolder = outputFolder
    }

    public var benchmarkFolder: URL { Self.benchmarkFolder(in: outputFolder, year: overview.year) }

    public static func benchmarkFolder(in outputFolder: URL, year: Int) -> URL {
        outputFolder.appendingPathComponent(String(year)).appendingPathComponent("benchmark")
    }

    public static func municipalityFolder(in outputFolder: URL, year: Int) -> URL {
        benchmarkFolder(in: outputFolder, year: year).appendingPathComponent("gemeenten")
    }

    public var nationalURL: URL {
        benchmarkFolder.appendingPathComponent("Benchmark-landelijk-\(overview.year).xlsx")
    }

    public func municipalityURL(_ municipality: Municipality) -> URL {
        Self.municipalityFolder(in: outputFolder, year: overview.year)
            .appendingPathComponent("\(municipality.code.rawValue)-\(WorkbookTexts.fileSafeName(municipality.name)).xlsx")
    }

    @discardableResult
    public func writeNational() throws -> URL {
        try write(nationalURL) { try NationalWorkbook(overview: overview).write(to: $0) }
    }

    @discardableResult
    public func writeMunicipality(_ municipality: Municipality) throws -> URL {
        try write(municipalityURL(municipality)) { try MunicipalityWorkbook(overview: overview, municipality: municipality).write(to: $0) }
    }

    /// Writes the workbooks of `municipalities` on all cores (each workbook is independent).
    /// `progress` is called after each finished workbook with (done, total), from worker threads
    /// but never concurrently (calls are serialized), so it may keep simple state.
    /// Stops at the first failure and throws it; workbooks finished before it stay in place.
    @discardableResult
    public func writeMunicipalities(_ municipalities: [Municipality],
                                    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) throws -> [URL] {
        let state = Locked((done: 0, failure: Error?.none))
        DispatchQueue.concurrentPerform(iterations: municipalities.count) { index in
            guard state.withValue({ $0.failure == nil }) else { return }
            do {
                try writeMunicipality(municipalities[index])
                state.withValue { state in
                    state.done += 1
                    progress?(state.done, municipalities.count)
                }
            } catch {
                state.withValue { state in if state.failure == nil { state.failure = error } }
            }
        }
        if let failure = state.withValue({ $0.failure }) { throw failure }
        return municipalities.map(municipalityURL)
    }

    private func write(_ url: URL, _ body: (String) throws -> Void) throws -> URL {
        do {
            try AtomicFile.write(to: url) { try body($0.path) }
            return url
        } catch {
            throw ReportError.writeFailed(url.path, reason: String(describing: error))
        }
    }
}
