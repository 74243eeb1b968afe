import ETEStore
import Foundation
import TestSupport
import Testing

/// What held when `ete` was killed or run twice at once, kept as tests: a killed import leaves the
/// store fully old or fully new and sound; a killed output run leaves no broken file under a final
/// name; concurrent imports and concurrent workbook runs end as if they had run one after another.
@Suite("Interrupted and concurrent runs", .serialized)
struct DurabilityTests {
    static let weekHeader = "organisator;gemeente;datum;soort_activiteit;kom_erbij_pakket;deelnemers\n"

    /// A week registration file of `rows` rows whose organisers all start with `prefix`.
    func weekFile(_ rows: Int, prefix: String, in folder: URL) throws -> URL {
        let lines = (0..<rows).map { "\(prefix) \($0);;\(26 + $0 % 5)-09-2024;maaltijd;ja;\($0 % 300)" }
        let file = folder.appendingPathComponent("\(prefix.lowercased())-week-2024.csv")
        try (Self.weekHeader + lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func storeWithWeekEdition() throws -> URL {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init"], in: folder).status == 0)
        let editions = ETERun.repositoryRoot.appendingPathComponent("templates/voorbeelden/week-edities.csv").path
        #expect(try ETERun(["import", "week-edities", editions], in: folder).status == 0)
        return folder
    }

    func organisers(in folder: URL) throws -> [String] {
        let store = try Store.open(at: folder.appendingPathComponent("ete.sqlite").path)
        #expect(try store.integrityProblems().isEmpty)
        return try store.read { try $0.weekRegistrations(year: 2024) }.map(\.organiser)
    }

    /// Runs `ete` and kills it with SIGKILL after `delay` seconds (if it is still running).
    /// Returns whether it was killed.
    func runAndKill(_ arguments: [String], in folder: URL, after delay: Double) throws -> Bool {
        let process = ETERun.process(arguments, in: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    @Test func aKilledImportLeavesTheStoreOldOrNew() throws {
        let folder = try storeWithWeekEdition()
        let old = try weekFile(3, prefix: "Oud", in: folder)
        let new = try weekFile(20_000, prefix: "Nieuw", in: folder)
        #expect(try ETERun(["import", "week", old.path, "--year", "2024"], in: folder).status == 0)
        var killed = 0
        for trial in 0..<8 {
            if try runAndKill(["import", "week", new.path, "--year", "2024"], in: folder, after: 0.15 + Double(trial) * 0.2) {
                killed += 1
            }
            let names = try organisers(in: folder)
            let fullyOld = names.count == 3 && names.allSatisfy { $0.hasPrefix("Oud ") }
            let fullyNew = names.count == 20_000 && names.allSatisfy { $0.hasPrefix("Nieuw ") }
            #expect(fullyOld || fullyNew, "trial \(trial): \(names.count) registrations")
            if fullyNew { #expect(try ETERun(["import", "week", old.path, "--year", "2024"], in: folder).status == 0) }
        }
        #expect(killed > 0, "no import was interrupted; the file is too small for this machine")
    }

    /// Every file under a final name in `folder` is a complete Office file.
    func expectCompleteFiles(under folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var names: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard ["xlsx", "docx"].contains(url.pathExtension), !url.lastPathComponent.hasPrefix(".") else { continue }
            let archive = try OfficeArchive(url: url)
            #expect(archive.entries["[Content_Types].xml"] != nil, "\(url.lastPathComponent) is incomplete")
            names.append(url.path.replacingOccurrences(of: folder.path, with: ""))
        }
        return names.sorted()
    }

    @Test func aKilledOutputRunLeavesNoBrokenFile() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let reports = folder.appendingPathComponent("reports")
        var killed = 0
        for trial in 0..<6 {
            if try runAndKill(["benchmark", "--year", "2024", "--all"], in: folder, after: 0.1 + Double(trial) * 0.2) { killed += 1 }
            if try runAndKill(["letter", "--year", "2024"], in: folder, after: 0.05 + Double(trial) * 0.1) { killed += 1 }
            _ = try expectCompleteFiles(under: reports)
        }
        #expect(killed > 0)
        // A complete run afterwards clears what the killed runs left behind.
        #expect(try ETERun(["benchmark", "--year", "2024", "--all"], in: folder).status == 0)
        let leftovers =
            FileManager.default.enumerator(atPath: reports.appendingPathComponent("2024/benchmark").path)?
            .compactMap { $0 as? String }.filter { ($0 as NSString).lastPathComponent.hasPrefix(".") } ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func concurrentImportsEndAsIfOneRanAfterTheOther() throws {
        let folder = try storeWithWeekEdition()
        let first = try weekFile(12_000, prefix: "Eerste", in: folder)
        let second = try weekFile(9_000, prefix: "Tweede", in: folder)
        let partners = ETERun.repositoryRoot.appendingPathComponent("templates/voorbeelden/partners.csv").path
        let processes = [
            ["import", "week", first.path, "--year", "2024"], ["import", "week", second.path, "--year", "2024"],
            ["import", "partners", partners],
        ].map { ETERun.process($0, in: folder) }
        for process in processes {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0])
        let names = try organisers(in: folder)
        let onlyFirst = names.count == 12_000 && names.allSatisfy { $0.hasPrefix("Eerste ") }
        let onlySecond = names.count == 9_000 && names.allSatisfy { $0.hasPrefix("Tweede ") }
        #expect(onlyFirst || onlySecond, "\(names.count) registrations")
        let store = try Store.open(at: folder.appendingPathComponent("ete.sqlite").path)
        #expect(try store.read { try $0.coalitionPartners() }.count == 3)
    }

    @Test func concurrentWorkbookRunsEndAsOneRun() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let processes = (0..<2).map { _ in ETERun.process(["benchmark", "--year", "2024", "--all"], in: folder) }
        for process in processes {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        #expect(try ETERun(["benchmark", "--year", "2024", "--all", "--out", "serieel"], in: folder).status == 0)
        let together = try expectCompleteFiles(under: folder.appendingPathComponent("reports"))
        let serial = try expectCompleteFiles(under: folder.appendingPathComponent("serieel"))
        #expect(together == serial)
        #expect(together.count == 344)
        let national = "2024/benchmark/Benchmark-landelijk-2024.xlsx"
        let a = try OfficeArchive(url: folder.appendingPathComponent("reports/\(national)"))
        let b = try OfficeArchive(url: folder.appendingPathComponent("serieel/\(national)"))
        for (path, data) in b.entries where path.hasPrefix("xl/worksheets/") || path == "xl/sharedStrings.xml" {
            #expect(a.entries[path] == data, "\(path) differs")
        }
    }
}
