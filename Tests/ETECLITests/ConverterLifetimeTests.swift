import Foundation
import TestSupport
import Testing

/// Helper programs never outlive `ete`: after `kill -9` of a run that is making PDFs (Chromium for
/// the factsheets, LibreOffice for the letter), no helper of that run is left and no more PDFs appear.
@Suite(
    "PDF helpers end with ete",
    .enabled(
        if: LibreOffice.available && HeadlessChromium.available && FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid"),
        "soffice, chromium of setsid ontbreekt"))
struct ConverterLifetimeTests {
    /// The helper processes whose command line names `folder` (the run's own profile lies in it);
    /// not ete itself, whose --out names the folder too.
    func helpers(in folder: URL) -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        process.arguments = [
            "-f", "((oosplash|soffice)[^ ]* .*UserInstallation=file://|chrom[^ ]* .*--user-data-dir=)\(folder.path)",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return [] }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(separator: "\n").map(String.init)
    }

    func pdfs(in folder: URL) -> Int {
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return files.filter { $0.hasSuffix(".pdf") }.count
    }

    @Test(arguments: [["factsheet", "--year", "2024", "--all"], ["letter", "--year", "2024", "--format", "pdf"]])
    func aKilledRunLeavesNoHelperBehind(command: [String]) throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let output = folder.appendingPathComponent("uit")
        let process = ETERun.process(command + ["--out", output.path], in: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the helper is at work (at most two minutes), then kill ete as hard as possible.
        let deadline = Date().addingTimeInterval(120)
        while helpers(in: output).isEmpty && process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        try #require(process.isRunning, "ete was done before its helper started")
        try #require(!helpers(in: output).isEmpty, "the helper did not start")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // The watcher notices within a fraction of a second; give it a few.
        let gone = Date().addingTimeInterval(10)
        while !helpers(in: output).isEmpty && Date() < gone { Thread.sleep(forTimeInterval: 0.2) }
        #expect(helpers(in: output).isEmpty, "a helper still runs after ete was killed")
        let written = pdfs(in: output)
        Thread.sleep(forTimeInterval: 3)
        #expect(pdfs(in: output) == written, "PDFs were still written after ete was killed")
    }
}
