import ETEDemo
import ETEStore
import Foundation

/// Paths of the repository the tests run in.
public enum RepositoryPaths {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let templates = root.appendingPathComponent("templates")
    public static let examples = templates.appendingPathComponent("voorbeelden")
    /// The team's checked reference data, beside the repository.
    public static let sharedData = root.deletingLastPathComponent().appendingPathComponent("shared/data")
    /// The source documents (Dutch), among them the published progress letter over 2024.
    public static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
}

/// A fresh temporary folder per test.
public struct Scratch: Sendable {
    public let folder: URL

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ete-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    public func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    public func newStore() throws -> Store { try Store.create(at: url("ete.sqlite").path) }

    public func demoStore() throws -> Store {
        let store = try newStore()
        try DemoDataset.load(into: store, templatesDirectory: RepositoryPaths.templates)
        return store
    }

    @discardableResult
    public func write(_ text: String, to name: String) throws -> URL {
        let target = url(name)
        try Data(text.utf8).write(to: target)
        return target
    }

    @discardableResult
    public func write(bytes: [UInt8], to name: String) throws -> URL {
        let target = url(name)
        try Data(bytes).write(to: target)
        return target
    }
}

/// One demo store shared by the read-only tests (building it takes a moment).
public enum SharedDemo {
    public static let store: Store = {
        do { return try Scratch().demoStore() } catch { fatalError("demo store: \(error)") }
    }()
}
