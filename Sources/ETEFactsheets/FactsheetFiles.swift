import ETEModel
import ETEOutput
import Foundation

/// Writes a municipality's factsheet as HTML and Word under <map>/<jaar>/factsheets/, each file
/// under a temporary name first and then renamed into place.
public struct FactsheetFiles: Sendable {
    public let outputFolder: URL
    public let year: Int

    public init(outputFolder: URL, year: Int) {
        self.outputFolder = outputFolder
        self.year = year
    }

    public var folder: URL { outputFolder.appendingPathComponent(String(year)).appendingPathComponent("factsheets") }

    public func url(_ municipality: Municipality, extension fileExtension: String) -> URL {
        folder.appendingPathComponent(
            OutputFileName.forMunicipality(code: municipality.code.rawValue, name: municipality.name, extension: fileExtension))
    }

    private func place(_ url: URL, _ body: (URL) throws -> Void) throws {
        do { try AtomicFile.write(to: url, body) } catch { throw OutputError.writeFailed(url, cause: error) }
    }

    /// Writes both files and returns them (HTML first).
    public func write(_ input: FactsheetInput) throws -> [URL] {
        let content = FactsheetBuilder(input: input).build()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let html = url(input.municipality, extension: "html")
        let docx = url(input.municipality, extension: "docx")
        try place(html) { try Data(FactsheetHTML.render(content).utf8).write(to: $0) }
        try place(docx) { try FactsheetDocx.write(content, fictitious: input.benchmark.isDemo, madeOn: input.madeOn, to: $0) }
        return [html, docx]
    }
}
