import ETEModel
import Foundation
import GRDB

/// One row of a table, read with checks. A value ete cannot have written (the wrong type, NULL
/// where none belongs, a malformed date, code or JSON definition) throws a `StoreError` that names
/// table, column and value, instead of trapping as GRDB's non-optional subscript does.
struct CheckedRow {
    let row: Row
    let table: String

    /// A value that must be present and of type `Value`.
    func value<Value: DatabaseValueConvertible>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        guard let value = try optional(column, as: type) else { throw corrupt(column, expected: Self.shape(of: type)) }
        return value
    }

    /// NULL is nil; anything else must be of type `Value`.
    func optional<Value: DatabaseValueConvertible>(_ column: String, as type: Value.Type = Value.self) throws -> Value? {
        let stored: DatabaseValue = row[column] ?? .null
        if stored.isNull { return nil }
        guard let value = Value.fromDatabaseValue(stored) else { throw corrupt(column, expected: Self.shape(of: type)) }
        return value
    }

    /// An optional date column: NULL is no date; anything else must be a date ete wrote.
    func optionalDay(_ column: String) throws -> Day? {
        guard let text = try optional(column, as: String.self) else { return nil }
        guard let day = Day(parsing: text) else { throw corrupt(column, expected: Self.dayShape) }
        return day
    }

    func day(_ column: String) throws -> Day {
        guard let day = try optionalDay(column) else { throw corrupt(column, expected: Self.dayShape) }
        return day
    }

    func optionalCode(_ column: String) throws -> MunicipalityCode? {
        guard let text = try optional(column, as: String.self) else { return nil }
        guard let code = MunicipalityCode(text) else { throw corrupt(column, expected: Self.codeShape) }
        return code
    }

    func code(_ column: String) throws -> MunicipalityCode {
        guard let code = try optionalCode(column) else { throw corrupt(column, expected: Self.codeShape) }
        return code
    }

    /// A value of a closed set (a status, a pillar number): anything outside it is corrupt.
    func member<Value: RawRepresentable>(_ column: String, of type: Value.Type) throws -> Value
    where Value.RawValue: DatabaseValueConvertible {
        guard let value = Value(rawValue: try self.value(column, as: Value.RawValue.self)) else {
            throw corrupt(column, expected: "een waarde die ete kent")
        }
        return value
    }

    /// A JSON definition that ete wrote with `JSONEncoder`.
    func json<Value: Decodable>(_ column: String, as type: Value.Type) throws -> Value {
        let text = try value(column, as: String.self)
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw corrupt(column, expected: "een definitie zoals ete die schrijft")
        }
    }

    private func corrupt(_ column: String, expected: String) -> StoreError {
        let text: String
        switch (row[column] as DatabaseValue? ?? .null).storage {
        case .null: text = ""
        case .int64(let number): text = String(number)
        case .double(let number): text = String(number)
        case .string(let string): text = string
        case .blob(let data): text = "\(data.count) bytes"
        }
        return .corruptValue(table: table, column: column, value: text, expected: expected)
    }

    static let dayShape = "een datum als 2024-09-26", codeShape = "een CBS-gemeentecode als GM0363"

    private static func shape(of type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type: "een geheel getal"
        case is Double.Type: "een getal"
        case is Bool.Type: "0 of 1"
        default: "tekst"
        }
    }
}

extension Database {
    /// The rows of a query on `table`, each read with checks.
    func checkedRows(_ table: String, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [CheckedRow] {
        try Row.fetchAll(self, sql: sql, arguments: arguments).map { CheckedRow(row: $0, table: table) }
    }
}
