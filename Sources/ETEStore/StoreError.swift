import ETEModel
import Foundation
import GRDB

/// Errors of the store, with messages in Dutch for the people using `ete`.
public enum StoreError: Error, LocalizedError, Equatable {
    case databaseMissing(path: String)
    case databaseExists(path: String)
    case notAnETEDatabase(path: String, reason: String)
    case newerDatabase(path: String)
    case busy(path: String)
    case diskFull(path: String)
    case unwritable(path: String, reason: String)
    case missingResource(String)
    /// Any other SQLite failure, already in Dutch.
    case database(path: String, reason: String)
    /// A stored value that ete cannot have written (the file was edited by hand or by another tool).
    case corruptValue(table: String, column: String, value: String, expected: String)

    public var errorDescription: String? {
        switch self {
        case .databaseMissing(let path):
            "database \(path) bestaat niet; maak er een met 'ete init' (of 'ete init --demo' voor de demogegevens)"
        case .databaseExists(let path):
            "database \(path) bestaat al; gebruik 'ete init --force' om hem te vervangen (alle gegevens gaan verloren)"
        case .notAnETEDatabase(let path, let reason):
            "\(path) is geen ETE-database: \(reason); er is niets aan veranderd"
        case .newerDatabase(let path):
            "database \(path) is gemaakt met een nieuwere versie van ete; werk ete bij (deze versie laat het bestand ongemoeid)"
        case .busy(let path):
            "database \(path) is bezet door een andere opdracht (bijvoorbeeld een import die nog loopt); \(Int(Store.busyTimeout)) seconden gewacht, probeer het straks opnieuw"
        case .diskFull(let path):
            "de schijf van \(path) is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw"
        case .unwritable(let path, let reason):
            "kan niet schrijven in database \(path) (\(reason)); er is niets opgeslagen"
        case .missingResource(let name):
            "ingebouwd bestand \(name) ontbreekt in deze installatie"
        case .database(let path, let reason):
            "database \(path): \(reason)"
        case .corruptValue(let table, let column, let value, let expected):
            "de database bevat in tabel \(table), kolom \(column) de waarde \(DutchText.quoted(value)); verwacht \(expected). Is het bestand buiten ete om bewerkt? Herstel de waarde of lees de gegevens opnieuw in"
        }
    }

    /// SQLite's result codes in the user's terms.
    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_READONLY: self = .unwritable(path: path, reason: "het bestand of de map is alleen-lezen")
        case .SQLITE_CANTOPEN: self = .unwritable(path: path, reason: "het bestand kan niet geopend worden; controleer pad en rechten")
        case .SQLITE_PERM, .SQLITE_AUTH: self = .unwritable(path: path, reason: "geen toestemming")
        case .SQLITE_NOTADB: self = .notAnETEDatabase(path: path, reason: "het is geen SQLite-database")
        case .SQLITE_CORRUPT: self = .notAnETEDatabase(path: path, reason: "het bestand is beschadigd")
        case .SQLITE_IOERR: self = .database(path: path, reason: "lees- of schrijffout van de schijf; er is niets opgeslagen")
        case .SQLITE_CONSTRAINT:
            self = .database(
                path: path,
                reason: "de wijziging botst met gegevens die er al staan (\(Self.constraintText(error))); er is niets opgeslagen")
        default: self = .database(path: path, reason: "SQLite-fout \(error.resultCode.rawValue); er is niets opgeslagen")
        }
    }

    private static func constraintText(_ error: DatabaseError) -> String {
        let message = error.message ?? ""
        if message.contains("UNIQUE") { return "een waarde die uniek moet zijn bestaat al" }
        if message.contains("FOREIGN KEY") { return "een verwijzing naar iets dat niet bestaat" }
        if message.contains("CHECK") { return "een waarde buiten het toegestane bereik" }
        return "regel van de database"
    }
}
