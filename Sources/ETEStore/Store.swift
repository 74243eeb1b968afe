import ETEModel
import Foundation
import GRDB

/// The SQLite file that holds the programme's data across years.
/// Every write runs in one transaction: it either lands whole or not at all.
public final class Store: Sendable {
    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens an existing database and brings its schema up to date.
    public static func open(at path: String) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.databaseMissing(path: path) }
        return try connect(at: path)
    }

    /// Creates a new database with the 342 municipalities of 2024 already in it.
    /// Refuses to touch an existing file unless `replacing` is set.
    public static func create(at path: String, replacing: Bool = false) throws -> Store {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            guard replacing else { throw StoreError.databaseExists(path: path) }
            for suffix in ["", "-wal", "-shm"] where manager.fileExists(atPath: path + suffix) {
                try manager.removeItem(atPath: path + suffix)
            }
        }
        let store = try connect(at: path)
        let municipalities = try BundledMunicipalities.load()
        try store.write { tx in
            for municipality in municipalities { try tx.upsert(municipality) }
        }
        return store
    }

    private static func connect(at path: String) throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            return Store(path: path, pool: pool)
        } catch let error as DatabaseError {
            throw StoreError.notAnETEDatabase(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs `body` in one write transaction; any thrown error rolls everything back.
    public func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try pool.write { db in try body(StoreTransaction(db: db)) }
    }

    /// Runs `body` against a consistent read-only snapshot.
    public func read<T>(_ body: (StoreReader) throws -> T) throws -> T {
        try pool.read { db in try body(StoreReader(db: db)) }
    }

    /// Row counts per table, e.g. to show that a failed import changed nothing.
    public func tableCounts() throws -> [String: Int] {
        try pool.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                """)
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
            }
            return counts
        }
    }

    /// A digest of every table's content, to prove that nothing changed.
    public func contentFingerprint() throws -> String {
        try pool.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """)
            var text = ""
            for table in tables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                text += "\(table):\(rows.map(\.description).sorted().joined(separator: ";"))\n"
            }
            return text
        }
    }
}
