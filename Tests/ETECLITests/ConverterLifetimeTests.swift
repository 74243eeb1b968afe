import Foundation
import TestSupport
import Testing

/// LibreOffice never outlives `ete`: after `kill -9` of a factsheet run that is converting PDFs,
/// no LibreOffice process of that run is left and no more PDFs appear.
@Suite(
    "LibreOffice ends with ete",
    .enabled(if: LibreOffice.available && FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid"), "soffice of setsid ontbreekt"))
struct ConverterLifetimeTests {
    /// The LibreOffice processes whose command line names `folder` (the run's own profile lies in it);
    /// not ete itself, whose --out names the folder too.
    func converters(in folder: URL) -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        process.arguments = ["-f", "(oosplash|soffice)[^ ]* .*UserInstallation=file://\(folder.path)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return [] }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(separator: "\n").map(String.init)
    }

    func pdfs(in folder: URL) -> Int {
        let factsheets = folder.appendingPathComponent("2024/factsheets")
        return ((try? FileManager.default.contentsOfDirectory(atPath: factsheets.path)) ?? []).filter { $0.hasSuffix(".pdf") }.count
    }

    @Test func aKilledRunLeavesNoConverterBehind() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let output = folder.appendingPathComponent("uit")
        let process = ETERun.process(["factsheet", "--year", "2024", "--all", "--out", output.path], in: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until LibreOffice is converting (at most two minutes), then kill ete as hard as possible.
        let deadline = Date().addingTimeInterval(120)
        while converters(in: output).isEmpty && process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        try #require(process.isRunning, "ete was done before LibreOffice started")
        try #require(!converters(in: output).isEmpty, "LibreOffice did not start")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // The watcher notices within a fraction of a second; give it a few.
        let gone = Date().addingTimeInterval(10)
        while !converters(in: output).isEmpty && Date() < gone { Thread.sleep(forTimeInterval: 0.2) }
        #expect(converters(in: output).isEmpty, "LibreOffice still runs after ete was killed")
        let written = pdfs(in: output)
        Thread.sleep(forTimeInterval: 3)
        #expect(pdfs(in: output) == written, "PDFs were still written after ete was killed")
    }
}
