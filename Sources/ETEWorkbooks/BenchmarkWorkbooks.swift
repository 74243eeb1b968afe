import ETEAnalysis
import ETEModel
import ETEOutput
import Foundation
import XlsxWriter

/// Writes the benchmark workbooks of one year under an output folder:
/// `<jaar>/benchmark/Benchmark-landelijk-<jaar>.xlsx` (public annex), `Benchmark-intern-<jaar>.xlsx`
/// (respondents, internal) and `<jaar>/benchmark/gemeenten/<GMcode>-<naam>.xlsx`.
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

    /// The internal list of respondents; never part of the public annex.
    public var internalURL: URL {
        benchmarkFolder.appendingPathComponent("Benchmark-intern-\(overview.year).xlsx")
    }

    public func municipalityURL(_ municipality: Municipality) -> URL {
        Self.municipalityFolder(in: outputFolder, year: overview.year)
            .appendingPathComponent(
                OutputFileName.forMunicipality(code: municipality.code.rawValue, name: municipality.name, extension: "xlsx"))
    }

    @discardableResult
    public func writeNational() throws -> URL {
        try write(nationalURL) { try NationalWorkbook(overview: overview).write(to: $0) }
    }

    @discardableResult
    public func writeInternal() throws -> URL {
        try write(internalURL) { try InternalWorkbook(overview: overview).write(to: $0) }
    }

    @discardableResult
    public func writeMunicipality(_ municipality: Municipality) throws -> URL {
        try write(municipalityURL(municipality)) { try MunicipalityWorkbook(overview: overview, municipality: municipality).write(to: $0) }
    }

    /// Writes the workbooks of `municipalities` on all cores (each workbook is independent).
    /// `progress` is called after each finished workbook with (done, total), from worker threads
    /// but never concurrently (calls are serialized), so it may keep simple state.
    /// A workbook that fails does not stop the others: all are tried, and then every failure is
    /// reported together (`OutputError.someFailed`), so a run is never half done without saying so.
    @discardableResult
    public func writeMunicipalities(
        _ municipalities: [Municipality],
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> [URL] {
        try LibraryDiagnostics.quieted {
            try ParallelWrites.run(municipalities, target: municipalityURL, progress: progress) { try writeMunicipality($0) }
        }
        return municipalities.map(municipalityURL)
    }

    private func write(_ url: URL, _ body: (String) throws -> Void) throws -> URL {
        do {
            // The library's own English lines (with the temporary name) stay off the terminal; its
            // error code becomes the Dutch message that names the final file.
            try LibraryDiagnostics.quieted {
                try AtomicFile.write(to: url) { temporary in
                    try body(temporary.path)
                    try OfficePackage.declareDutch(inPackageAt: temporary)
                }
            }
            return url
        } catch {
            throw OutputError.writeFailed(url, cause: error)
        }
    }
}
