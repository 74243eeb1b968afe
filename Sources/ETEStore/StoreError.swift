import Foundation

/// Errors of the store, with messages in Dutch for the people using `ete`.
public enum StoreError: Error, LocalizedError, Equatable {
    case databaseMissing(path: String)
    case databaseExists(path: String)
    case notAnETEDatabase(path: String, reason: String)
    case missingResource(String)

    public var errorDescription: String? {
        switch self {
        case .databaseMissing(let path):
            "database \(path) bestaat niet; maak er een met 'ete init' (of 'ete init --demo' voor de demogegevens)"
        case .databaseExists(let path):
            "database \(path) bestaat al; gebruik 'ete init --force' om hem te vervangen (alle gegevens gaan verloren)"
        case .notAnETEDatabase(let path, let reason):
            "\(path) is geen bruikbare ETE-database: \(reason)"
        case .missingResource(let name):
            "ingebouwd bestand \(name) ontbreekt in deze installatie"
        }
    }
}
