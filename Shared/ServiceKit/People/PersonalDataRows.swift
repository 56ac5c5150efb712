import Foundation
import GRDB
import MessageSchema

/// Rows of a holder's tables as JSON, for an export: each row an object of
/// its columns (text, numbers, `null`), in the order the query gives.
public enum PersonalDataRows {
    public static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> JSONValue {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        return .array(
            rows.map { row in
                var object: [String: JSONValue] = [:]
                for (column, value) in row {
                    object[column] = json(value)
                }
                return .object(object)
            })
    }

    static func json(_ value: DatabaseValue) -> JSONValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .number(Double(number))
        case .double(let number): .number(number)
        case .string(let text): .string(text)
        case .blob(let data): .string(data.base64EncodedString())
        }
    }

    /// `column` compared as `PersonErasure.key` compares addresses (ASCII case folded by SQLite).
    public static func addressMatches(_ column: String) -> String { "lower(trim(\(column))) = ?" }
}
