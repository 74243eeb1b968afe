import ETEModel
import ETEOutput
import Foundation

/// Writes factsheets as HTML and Word under <map>/<jaar>/<folderName>/, each file under a
/// temporary name first and then renamed into place.
public struct FactsheetFiles: Sendable {
    public let outputFolder: URL
    public let year: Int
    /// "factsheets" for the benchmark factsheets, "factsheets-lokaal" for the Stappenplan ones.
    public let folderName: String

    public static let benchmarkFolder = "factsheets"
    public static let localFolder = "factsheets-lokaal"

    public init(outputFolder: URL, year: Int, folderName: String = benchmarkFolder) {
        self.outputFolder = outputFolder
        self.year = year
        self.folderName = folderName
    }

    public var folder: URL { outputFolder.appendingPathComponent(String(year)).appendingPathComponent(folderName) }

    public func url(_ municipality: Municipality, extension fileExtension: String) -> URL {
        folder.appendingPathComponent(
            OutputFileName.forMunicipality(code: municipality.code.rawValue, name: municipality.name, extension: fileExtension))
    }

    private func place(_ url: URL, _ body: (URL) throws -> Void) throws {
        do { try AtomicFile.write(to: url, body) } catch { throw OutputError.writeFailed(url, cause: error) }
    }

    /// Writes a municipality's benchmark factsheet and returns its files (HTML first).
    public func write(_ input: FactsheetInput) throws -> [URL] {
        try write(FactsheetBuilder(input: input).build(), for: input.municipality, fictitious: input.benchmark.isDemo, madeOn: input.madeOn)
    }

    /// Writes a municipality's local factsheet and returns its files (HTML first).
    public func write(_ input: LocalFactsheetInput) throws -> [URL] {
        try write(
            LocalFactsheetBuilder(input: input).build(), for: input.municipality, fictitious: input.isFictitious, madeOn: input.madeOn)
    }

    private func write(_ content: FactsheetContent, for municipality: Municipality, fictitious: Bool, madeOn: Day) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let html = url(municipality, extension: "html")
        let docx = url(municipality, extension: "docx")
        try place(html) { try Data(FactsheetHTML.render(content).utf8).write(to: $0) }
        try place(docx) { try FactsheetDocx.write(content, fictitious: fictitious, madeOn: madeOn, to: $0) }
        return [html, docx]
    }
}
