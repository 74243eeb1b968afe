import ETEModel
import ETEOutput
import Foundation
import GRDB

/// The SQLite file that holds the programme's data across years.
/// Every write runs in one transaction: it either lands whole or not at all.
public final class Store: Sendable {
    /// SQLite `application_id` that marks a file as an ETE store ("ETEW").
    static let applicationID: Int32 = 0x4554_4557
    /// How long a write waits for another command holding the store (an import that is still running).
    public static let busyTimeout: TimeInterval = 10

    public let path: String
    let pool: any DatabaseWriter

    private init(path: String, pool: any DatabaseWriter) {
        self.path = path
        self.pool = pool
    }

    /// Opens an existing ETE store. `readOnly` stores are never written (read-only commands use
    /// that, so they work on a write-protected copy); otherwise the schema is brought up to date.
    /// A file that is not an ETE store, or one made by a newer version of ete, is refused untouched.
    public static func open(at path: String, readOnly: Bool = false, busyTimeout: TimeInterval = busyTimeout) throws -> Store {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw StoreError.databaseMissing(path: path) }
        guard !isFolder.boolValue else { throw StoreError.notAnETEDatabase(path: path, reason: "dit is een map, geen databasebestand") }
        return try connect(at: path, readOnly: readOnly, isNew: false, busyTimeout: busyTimeout)
    }

    /// Opens a store for commands that only read. An up-to-date store is opened read-only, so a
    /// read costs no write transaction and no fsync (and a write-protected store works); only a
    /// writable store that an older ete made is opened for writing, to bring its schema up to date.
    public static func openForReading(at path: String) throws -> Store {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let writable = FileManager.default.isWritableFile(atPath: path) && FileManager.default.isWritableFile(atPath: folder)
        do {
            return try open(at: path, readOnly: true)
        } catch StoreError.unwritable where writable {
            return try open(at: path)
        }
    }

    /// Creates a new store with the 342 municipalities of 2024, lets `populate` fill it (the demo
    /// data), and only then puts it in place: it is built under a temporary name beside `path` and
    /// renamed, so an interrupted `init` never leaves a half-filled store under the real name.
    /// Refuses to touch an existing file unless `replacing` is set.
    public static func create(
        at path: String, replacing: Bool = false,
        populate: (Store) throws -> Void = { _ in }
    ) throws -> Store {
        let manager = FileManager.default
        if manager.fileExists(atPath: path), !replacing { throw StoreError.databaseExists(path: path) }
        let target = URL(fileURLWithPath: path)
        TemporaryFiles.removeStale(besides: target)
        let temporary = TemporaryFiles.temporaryURL(for: target)
        do {
            try build(at: temporary.path, populate: populate)
            for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: path + suffix) {
                try manager.removeItem(atPath: path + suffix)
            }
            if rename(temporary.path, path) != 0 {
                throw StoreError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? manager.removeItem(atPath: temporary.path + suffix) }
            throw error
        }
        return try open(at: path)
    }

    private static func build(at path: String, populate: (Store) throws -> Void) throws {
        let store = try connect(at: path, readOnly: false, isNew: true, busyTimeout: busyTimeout)
        let municipalities = try BundledMunicipalities.load()
        try store.write { tx in
            for municipality in municipalities {
                try tx.upsert(municipality)
                try tx.setPopulation(municipality.population, of: municipality.code, year: BundledMunicipalities.populationYear)
            }
        }
        try populate(store)
        // One self-contained file before the rename: no WAL beside it that belongs to the temporary name.
        try store.translatingErrors {
            try store.pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
            try store.pool.close()
        }
    }

    private static func connect(at path: String, readOnly: Bool, isNew: Bool, busyTimeout: TimeInterval) throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        // Another import holding the write lock: wait a while before saying so.
        configuration.busyMode = .timeout(busyTimeout)
        do {
            // Look before touching: opening a pool would switch a foreign file to WAL mode.
            var inspection = configuration
            inspection.readonly = true
            if !isNew { try StoreIdentity.verify(try DatabaseQueue(path: path, configuration: inspection), path: path, isNew: false) }
            let writer: any DatabaseWriter =
                readOnly || isNew
                ? try DatabaseQueue(path: path, configuration: configuration)
                : try DatabasePool(path: path, configuration: configuration)
            if isNew { try StoreIdentity.verify(writer, path: path, isNew: true) }
            if readOnly {
                guard try writer.read(Schema.migrator.hasCompletedMigrations) else {
                    throw StoreError.unwritable(
                        path: path, reason: "deze versie van ete moet de database bijwerken, maar het bestand is alleen-lezen")
                }
            } else if try !writer.read(isUpToDate) {
                // Only a store that needs it is written to: an up-to-date one is opened without a
                // write transaction (and its fsyncs), which every command on it would otherwise pay.
                try Schema.migrator.migrate(writer)
                try writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                }
            }
            return Store(path: path, pool: writer)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// Every migration applied and the ETE mark set.
    private static func isUpToDate(_ db: Database) throws -> Bool {
        try Schema.migrator.hasCompletedMigrations(db) && Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID
    }

    /// Runs `body` in one write transaction; any thrown error rolls everything back.
    public func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        try translatingErrors { try pool.write { db in try body(StoreTransaction(db: db)) } }
    }

    /// Runs `body` against a consistent read-only snapshot.
    public func read<T>(_ body: (StoreReader) throws -> T) throws -> T {
        try translatingErrors { try pool.read { db in try body(StoreReader(db: db)) } }
    }

    /// SQLite's own errors (busy, disk full, read-only) become Dutch `StoreError`s naming this store.
    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw StoreError(error, path: path) }
    }

    /// What SQLite's own integrity check finds wrong; empty for a sound store.
    public func integrityProblems() throws -> [String] {
        try translatingErrors {
            try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } }
        }
    }

    /// Row counts per table, e.g. to show that a failed import changed nothing.
    public func tableCounts() throws -> [String: Int] {
        try translatingErrors {
            try pool.read { db in
                let tables = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                        """)
                var counts: [String: Int] = [:]
                for table in tables {
                    counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
                }
                return counts
            }
        }
    }

    /// A digest of every table's content, to prove that nothing changed.
    public func contentFingerprint() throws -> String {
        try translatingErrors {
            try pool.read { db in
                let tables = try String.fetchAll(
                    db,
                    sql: """
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
}
