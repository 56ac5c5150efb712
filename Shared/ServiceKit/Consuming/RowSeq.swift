import GRDB
import MessageSchema

/// The per-row order guard of a consumer's tables: a row kept from another
/// service's messages records, in a column of its own, the `seq` of the
/// message that last wrote it, and a message older than that never writes
/// it. In the live path messages come in `seq` order, so this only ever
/// refuses a dead letter retried after newer messages of its source were
/// applied: the applier throws `StaleMessage`, the message's whole effect is
/// rolled back, and the dead letter stays, with that reason.
///
/// Every guarded row is written by the messages of one source only, so its
/// `seq`s are comparable.
public enum RowSeq {
    /// Throws `StaleMessage` when the row of `table` whose `key` column is
    /// `id` was last written (its `seqColumn`) by a message after `envelope`.
    /// A row that does not exist, or has no `seq` yet, is never newer.
    public static func requireNotNewer(
        _ table: String, key: String = "id", id: String, seqColumn: String, than envelope: Envelope,
        row: @autoclosure () -> String, in db: Database
    ) throws {
        let written = try Int64.fetchOne(
            db, sql: "SELECT \(seqColumn) FROM \(table) WHERE \(key) = ?", arguments: [id])
        if let written, written > envelope.seq {
            throw StaleMessage(type: envelope.type, seq: envelope.seq, newerSeq: written, row: row())
        }
    }

    /// Inserts or replaces the row of `table` whose `key` is `id` with
    /// `columns` and `seqColumn` = the envelope's `seq`, unless a newer
    /// message wrote it (then throws `StaleMessage`).
    public static func upsert(
        _ table: String, key: String = "id", id: String, _ columns: [(String, (any DatabaseValueConvertible)?)],
        seqColumn: String, from envelope: Envelope, row: @autoclosure () -> String, in db: Database
    ) throws {
        try requireNotNewer(table, key: key, id: id, seqColumn: seqColumn, than: envelope, row: row(), in: db)
        let all = columns + [(seqColumn, envelope.seq)]
        let names = [key] + all.map(\.0)
        try db.execute(
            sql: """
                INSERT INTO \(table) (\(names.joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                ON CONFLICT(\(key)) DO UPDATE SET \(all.map { "\($0.0) = excluded.\($0.0)" }.joined(separator: ", "))
                """,
            arguments: StatementArguments([id] + all.map(\.1)))
    }
}

/// Why a message was not applied: a newer message of its source already
/// wrote the row it would change. The consumer keeps it as a dead letter
/// with this text as the reason.
public struct StaleMessage: Error, CustomStringConvertible, Equatable {
    public let type: String
    public let seq: Int64
    /// The `seq` of the message that last wrote the row.
    public let newerSeq: Int64
    /// The row, as a person names it: `event 6F1C…`.
    public let row: String

    public init(type: String, seq: Int64, newerSeq: Int64, row: String) {
        self.type = type
        self.seq = seq
        self.newerSeq = newerSeq
        self.row = row
    }

    public var description: String {
        "\(type) seq \(seq) is older than seq \(newerSeq), which last wrote \(row): not applied, so the newer state stays"
    }
}
