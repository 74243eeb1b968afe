import ETEOutput
import Foundation
import TestSupport
import Testing

/// A file that a library wrote cut off is never put under its final name.
@Suite("Outputs are verified before they get their name")
struct VerifiedOutputTests {
    @Test(arguments: ["xlsx", "docx", "pdf"])
    func aCutOffFileIsRefused(_ fileExtension: String) throws {
        let folder = try Scratch().folder
        let destination = folder.appendingPathComponent("uitvoer.\(fileExtension)")
        // A real package or PDF, cut in the middle, as a full disk leaves it.
        let whole: Data =
            fileExtension == "pdf"
            ? Data("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)
            : try Data(contentsOf: try XlsxFixtureFile.make(in: folder))
        let cut = whole.prefix(whole.count / 2)
        #expect(throws: OutputError.self) { try AtomicFile.write(cut, to: destination) }
        #expect(!FileManager.default.fileExists(atPath: destination.path))
        do {
            try AtomicFile.write(cut, to: destination)
        } catch let error as OutputError {
            #expect(error.description.contains("uitvoer.\(fileExtension)") && !error.description.contains("ete-tmp"), "\(error)")
            #expect(error.description.contains("onvolledig"))
        }
        // The whole file is accepted.
        try AtomicFile.write(whole, to: destination)
        #expect(FileManager.default.fileExists(atPath: destination.path))
    }
}

/// A small but real ZIP package, written by the project's own package writer.
enum XlsxFixtureFile {
    static func make(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("fixture.zip")
        let parts = (0..<20).map { ("deel-\($0).xml", Data(String(repeating: "<a>\($0)</a>", count: 200).utf8)) }
        try OfficePackage.write(parts, to: url)
        return url
    }
}
