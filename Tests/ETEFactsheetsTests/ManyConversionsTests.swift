import ETEOutput
import Foundation
import TestSupport
import Testing

/// `ete factsheet --all` converts 342 Word files to PDF. One soffice run silently skips the files
/// after about 250 command-line arguments and still exits 0 (it made 246 of 342 PDFs), so the
/// converter splits a long list over several runs.
@Suite("Converting many files with LibreOffice")
struct ManyConversionsTests {
    @Test func moreFilesThanOneRunTakesAreAllConverted() throws {
        try #require(LibreOffice.available, "LibreOffice hoort er te zijn (make test installeert het)")
        let scratch = try Scratch()
        let sources = try (1...260).map { number in
            let url = scratch.url("bestand-\(number).txt")
            try "regel \(number)".write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let output = scratch.url("uit")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let converted = try OfficeConverter.convert(sources, filter: "pdf", into: output)
        #expect(converted.count == 260)
        #expect(converted.last?.lastPathComponent == "bestand-260.pdf")
        #expect(converted.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })
    }
}
