import GRDB

/// The last `seq` applied per source. Written in the same transaction as the
/// effect of that message, so an effect is applied exactly once.
public enum ConsumerOffsets {
    public static func appliedSeq(source: String, in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT appliedSeq FROM consumerOffset WHERE source = ?", arguments: [source]) ?? 0
    }

    public static func all(in db: Database) throws -> [String: Int64] {
        let rows = try Row.fetchAll(db, sql: "SELECT source, appliedSeq FROM consumerOffset")
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["source"] as String, $0["appliedSeq"] as Int64) })
    }

    public static func markApplied(source: String, seq: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO consumerOffset (source, appliedSeq) VALUES (?, ?)
                ON CONFLICT(source) DO UPDATE SET appliedSeq = excluded.appliedSeq
                """,
            arguments: [source, seq])
    }
}
