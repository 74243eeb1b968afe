import Foundation
import Testing

/// An official name far longer than any file system allows in a file name still gets every output:
/// the file name is shortened (code kept), the name inside the file is the official one.
@Suite("A very long municipality name")
struct LongNameTests {
    @Test func everyOutputIsWrittenUnderAShortenedFileName() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let name = "Gemeente " + String(repeating: "Lang-en-Breed ", count: 20) + "aan Zee"
        try Data("code;nieuwe_naam\nGM0344;\(name)\n".utf8).write(to: folder.appendingPathComponent("naam.csv"))
        let rename = try ETERun(["import", "gemeenten", "naam.csv"], in: folder)
        #expect(rename.status == 0, "\(rename.errors)")
        let workbook = try ETERun(["benchmark", "--year", "2024", "--municipality", "GM0344", "--out", "uit"], in: folder)
        #expect(workbook.status == 0, "\(workbook.errors)")
        let factsheet = try ETERun(
            ["factsheet", "--year", "2024", "--municipality", "GM0344", "--geen-pdf", "--out", "uit"], in: folder)
        #expect(factsheet.status == 0, "\(factsheet.errors)")
        for sub in ["uit/2024/benchmark/gemeenten", "uit/2024/factsheets"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)
            let own = files.filter { $0.hasPrefix("GM0344-Gemeente-Lang-en-Breed") }
            #expect(!own.isEmpty, "\(sub): \(files)")
            #expect(own.allSatisfy { $0.utf8.count <= 100 }, "\(own)")
        }
        let html = try String(
            contentsOf: folder.appendingPathComponent("uit/2024/factsheets").appendingPathComponent(
                try #require(
                    try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("uit/2024/factsheets").path)
                        .first { $0.hasPrefix("GM0344") && $0.hasSuffix(".html") })), encoding: .utf8)
        #expect(html.contains(name.trimmingCharacters(in: .whitespaces)))
    }
}
