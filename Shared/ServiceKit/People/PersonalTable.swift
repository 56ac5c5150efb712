import Foundation
import GRDB
import MessageSchema

/// A table that keeps people's names and addresses, and how its rows are
/// anonymised: the name column becomes `PersonErasure.erasedName` (a `NULL`
/// name stays `NULL`), each of `cleared` becomes its value, and `also` sets
/// what derives from the name (a sort key). Used by every holder, in the
/// domain services and in the gateway's read model alike.
public struct PersonalTable: Sendable {
    public let table: String
    public let kind: ErasedRecord.Kind
    /// The column of the record's id as messages carry it.
    public let idColumn: String
    public let nameColumn: String?
    /// Columns holding the address, phone, notes …, each with what it becomes (`nil`: `NULL`).
    public let cleared: [(column: String, value: String?)]
    public let also: [(column: String, value: String)]

    public init(
        _ table: String, kind: ErasedRecord.Kind, idColumn: String = "id", name nameColumn: String?,
        cleared: [(column: String, value: String?)], also: [(column: String, value: String)] = []
    ) {
        self.table = table
        self.kind = kind
        self.idColumn = idColumn
        self.nameColumn = nameColumn
        self.cleared = cleared
        self.also = also
    }

    /// Anonymises the rows `condition` selects; what it erased.
    public func anonymise(_ db: Database, where condition: String, arguments: StatementArguments = []) throws -> Erasure {
        let columns = ([idColumn] + [nameColumn].compactMap { $0 } + cleared.map(\.column))
        let rows = try Row.fetchAll(
            db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE \(condition)", arguments: arguments)
        var erasure = Erasure()
        for row in rows {
            erasure.add(
                kind, id: row[idColumn], name: nameColumn.flatMap { row[$0] as String? },
                others: cleared.map { row[$0.column] as String? })
        }
        guard !rows.isEmpty else { return erasure }
        var assignments: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        if let nameColumn {
            assignments.append("\(nameColumn) = CASE WHEN \(nameColumn) IS NULL THEN NULL ELSE ? END")
            values.append(PersonErasure.erasedName)
        }
        for (column, value) in cleared {
            assignments.append("\(column) = ?")
            values.append(value)
        }
        for (column, value) in also {
            assignments.append("\(column) = ?")
            values.append(value)
        }
        try db.execute(
            sql: "UPDATE \(table) SET \(assignments.joined(separator: ", ")) WHERE \(condition)",
            arguments: StatementArguments(values) + arguments)
        return erasure
    }

    /// Anonymises the rows with the ids `ids` (from a `PersonErased`).
    public func anonymise(ids: [UUID], in db: Database) throws -> Erasure {
        guard !ids.isEmpty else { return Erasure() }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try anonymise(db, where: "\(idColumn) IN (\(marks))", arguments: StatementArguments(ids.map(\.uuidString)))
    }
}
