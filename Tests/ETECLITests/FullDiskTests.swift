import Foundation
import TestSupport
import Testing

/// A small file system of its own (tmpfs, as root), filled up by a workbook run.
enum SmallDisk {
    static var available: Bool {
        guard getuid() == 0, let folder = try? temporaryFolder() else { return false }
        defer { _ = run("/bin/umount", [folder.path]) }
        return run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) == 0
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// On a full disk no output is left broken under its final name, every file named as written is
/// whole, and the messages are Dutch, name the final file and never the temporary one or the
/// library's own English lines.
@Suite("A full disk", .enabled(if: SmallDisk.available, "tmpfs kan niet worden aangekoppeld (geen root?)"))
struct FullDiskTests {
    @Test func noBrokenWorkbookAndDutchMessages() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let disk = folder.appendingPathComponent("schijf")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try #require(SmallDisk.run("/bin/mount", ["-t", "tmpfs", "-o", "size=600k", "tmpfs", disk.path]) == 0)
        defer { SmallDisk.run("/bin/umount", [disk.path]) }
        let run = try ETERun(["benchmark", "--year", "2024", "--all", "--out", disk.path], in: folder)
        #expect(run.status == 2)
        #expect(run.errors.contains("de schijf is vol"), "\(run.errors.prefix(600))")
        #expect(
            !run.errors.contains("[ERROR]") && !run.errors.contains("ete-tmp") && !run.errors.contains("ZIP"), "\(run.errors.prefix(600))")
        #expect(!run.errors.contains("onbekende systeemfout"))
        // Every workbook under a final name opens as a whole package.
        let files = (FileManager.default.enumerator(atPath: disk.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".xlsx") && !($0 as NSString).lastPathComponent.hasPrefix(".") }
        #expect(!files.isEmpty)
        for file in files { #expect(throws: Never.self, "\(file)") { _ = try XlsxContent(url: disk.appendingPathComponent(file)) } }
    }
}
