import Foundation
import TestSupport
import Testing

/// The layering that README.md promises, checked against Package.swift and the sources, so the
/// documentation and the code cannot drift apart.
@Suite("Architecture")
struct ArchitectureTests {
    static let root = ETERun.repositoryRoot

    /// Own modules and the own modules each depends on, as `swift package dump-package` reports them.
    static func packageDependencies() throws -> [String: Set<String>] {
        // Its own scratch folder, kept between runs: the running `swift test` holds the lock on .build.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ete-manifest")
        let manifest = try ToolOutput.standardOutput(
            of: URL(fileURLWithPath: "/usr/bin/env"), ["swift", "package", "--scratch-path", scratch.path, "dump-package"], in: root)
        let package = try #require(try JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any])
        let targets = try #require(package["targets"] as? [[String: Any]])
        var result: [String: Set<String>] = [:]
        for target in targets
        where ["regular", "executable"].contains(target["type"] as? String) && (target["path"] as? String)?.hasPrefix("Tests") != true {
            let dependencies = (target["dependencies"] as? [[String: Any]] ?? []).compactMap { ($0["byName"] as? [Any])?.first as? String }
            result[target["name"] as? String ?? ""] = Set(dependencies)
        }
        return result
    }

    /// The table under "## Opbouw" in README.md: "| module | a, b |".
    static func readmeDependencies() throws -> [String: Set<String>] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let table = try #require(readme.components(separatedBy: "| module | hangt af van |").dropFirst().first)
        var result: [String: Set<String>] = [:]
        for line in table.split(separator: "\n").dropFirst() {
            guard line.hasPrefix("|") else { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2 else { continue }
            result[cells[0]] = cells[1] == "—" ? [] : Set(cells[1].components(separatedBy: ", "))
        }
        return result
    }

    @Test func readmeTableMatchesThePackage() throws {
        #expect(try Self.readmeDependencies() == Self.packageDependencies())
    }

    /// Every `import X` in the Swift files of a module folder.
    static func imports(of module: String) throws -> Set<String> {
        let folder = root.appendingPathComponent("Sources/\(module)")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var modules = Set<String>()
        for file in files where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where line.hasPrefix("import ") {
                modules.insert(String(line.dropFirst("import ".count)))
            }
        }
        return modules
    }

    /// The outputs get values from the use-case layer; none of them reads the database.
    @Test(arguments: ["ETEOutput", "ETELetter", "ETEWorkbooks"])
    func outputModulesDoNotReadTheStore(module: String) throws {
        let imports = try Self.imports(of: module)
        #expect(!imports.contains("ETEStore") && !imports.contains("GRDB"), "\(module) imports \(imports.sorted())")
    }

    /// The command line only parses, calls a use case and prints.
    @Test func commandLineIsThin() throws {
        #expect(try Self.imports(of: "ETECLI").isSubset(of: ["ArgumentParser", "ETEModel", "ETEWorkbench", "Foundation"]))
        let folder = Self.root.appendingPathComponent("Sources/ETECLI")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            ).count
            #expect(lines < 80, "Sources/ETECLI/\(name) has \(lines) lines")
        }
    }
}
