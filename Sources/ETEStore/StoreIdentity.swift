import GRDB

/// Decides whether a file is an ETE store before anything is written to it: the SQLite
/// `application_id` marks ETE's files; a file without the mark is accepted only when it is empty
/// (a new store) or an ETE store made before the mark existed. A store with migrations this
/// version does not know was made by a newer ete and is refused, so it is never damaged.
enum StoreIdentity {
    static func verify(_ writer: any DatabaseWriter, path: String, isNew: Bool) throws {
        try writer.read { db in
            let mark = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            let applied =
                tables.contains("grdb_migrations")
                ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
            if mark != 0 && mark != Store.applicationID {
                throw StoreError.notAnETEDatabase(path: path, reason: "het bestand hoort bij een andere toepassing")
            }
            if mark == 0 {
                if tables.isEmpty {
                    if isNew { return }
                    throw StoreError.notAnETEDatabase(path: path, reason: "het bestand is leeg; maak een database met 'ete init'")
                }
                guard applied.contains(Schema.firstMigration) else {
                    throw StoreError.notAnETEDatabase(path: path, reason: "het is een SQLite-database van een andere toepassing")
                }
            }
            let known = Set(Schema.migrator.migrations)
            if applied.contains(where: { !known.contains($0) }) { throw StoreError.newerDatabase(path: path) }
        }
    }
}
