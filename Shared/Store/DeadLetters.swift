import Foundation
import GRDB
import MessageSchema

/// Messages that could not be decoded or applied, kept whole with the reason,
/// for operators to list and retry.
public enum DeadLetters {
    struct Row: Codable, FetchableRecord, MutablePersistableRecord {
        static let databaseTableName = "deadLetter"
        var id: Int64?
        var source: String?
        var topic: String
        var type: String?
        var seq: Int64?
        var reason: String
        var raw: Data
        var receivedAt: Date
        var attempts: Int
        var resolvedAt: Date?

        mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

        var info: DeadLetterInfo {
            DeadLetterInfo(
                id: id ?? 0, source: source, topic: topic, type: type, seq: seq, reason: reason,
                raw: String(decoding: raw, as: UTF8.self), receivedAt: receivedAt, attempts: attempts,
                resolvedAt: resolvedAt)
        }
    }

    /// A dead letter as stored, with the raw frames' body to retry.
    public struct Entry: Sendable {
        public var info: DeadLetterInfo
        public var raw: Data
    }

    @discardableResult
    public static func add(
        topic: String, raw: Data, reason: String, source: String? = nil, type: String? = nil, seq: Int64? = nil,
        in db: Database
    ) throws -> Int64 {
        var row = Row(
            id: nil, source: source, topic: topic, type: type, seq: seq, reason: reason, raw: raw,
            receivedAt: Date(), attempts: 1, resolvedAt: nil)
        try row.insert(db)
        return row.id ?? 0
    }

    public static func list(includeResolved: Bool = false, limit: Int = 1_000, in db: Database) throws -> [DeadLetterInfo] {
        var request = Row.order(Column("id"))
        if !includeResolved { request = request.filter(Column("resolvedAt") == nil) }
        return try request.limit(limit).fetchAll(db).map(\.info)
    }

    /// The unresolved dead letters (or the one `id`), each source's in `seq`
    /// order: the order in which a retry applies them. Letters with no source
    /// or `seq` (frames that could not be read) come first, by id.
    public static func unresolved(id: Int64?, in db: Database) throws -> [Entry] {
        var request = Row.filter(Column("resolvedAt") == nil).order(Column("source"), Column("seq"), Column("id"))
        if let id { request = request.filter(Column("id") == id) }
        return try request.fetchAll(db).map { Entry(info: $0.info, raw: $0.raw) }
    }

    public static func count(unresolvedOnly: Bool = true, in db: Database) throws -> Int64 {
        let sql =
            unresolvedOnly
            ? "SELECT COUNT(*) FROM deadLetter WHERE resolvedAt IS NULL" : "SELECT COUNT(*) FROM deadLetter"
        return try Int64.fetchOne(db, sql: sql) ?? 0
    }

    public static func markResolved(id: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE deadLetter SET resolvedAt = ? WHERE id = ?", arguments: [Date(), id])
    }

    public static func recordFailedAttempt(id: Int64, reason: String, in db: Database) throws {
        try db.execute(
            sql: "UPDATE deadLetter SET attempts = attempts + 1, reason = ? WHERE id = ?", arguments: [reason, id])
    }
}
