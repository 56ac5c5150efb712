import Foundation
import GRDB
import MessageSchema

/// The messages a service has produced, in `seq` order. A change and the
/// message announcing it are written in one transaction, so a crash loses
/// neither or both. The outbox is also the replay log: it is pruned only of
/// what every consumer is past (`OutboxPruning`).
public enum Outbox {
    struct Row: Codable, FetchableRecord, PersistableRecord {
        static let databaseTableName = "outbox"
        var seq: Int64
        var id: String
        var type: String
        var version: Int
        var occurredAt: String
        var correlationId: String?
        var causationId: String?
        var payload: String
        var actorAccountId: String?
        var actorName: String?
    }

    /// Appends `message` with the next `seq`, made for `actor` when someone
    /// acted. Call it inside the write transaction that makes the change the
    /// message announces.
    @discardableResult
    public static func append<M: Message>(
        _ message: M, source: String, correlationId: UUID? = nil, causationId: UUID? = nil, actor: Actor? = nil,
        occurredAt: Date = Date(), in db: Database
    ) throws -> Envelope {
        let envelope = Envelope(
            type: M.type, version: M.version, source: source, seq: try latestSeq(db) + 1,
            occurredAt: occurredAt, correlationId: correlationId, causationId: causationId, actor: actor,
            payload: try .from(message))
        try Row(
            seq: envelope.seq, id: envelope.id.uuidString, type: envelope.type, version: envelope.version,
            occurredAt: Timestamp.format(envelope.occurredAt), correlationId: correlationId?.uuidString,
            causationId: causationId?.uuidString,
            payload: String(decoding: try MessageCoding.encode(envelope.payload), as: UTF8.self),
            actorAccountId: actor?.accountId?.uuidString, actorName: actor?.name
        ).insert(db)
        return envelope
    }

    public static func latestSeq(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM outbox") ?? 0
    }

    /// Envelopes from `seq` on (inclusive), at most `limit`, served by the database of `epoch`.
    public static func envelopes(
        from seq: Int64, limit: Int, source: String, epoch: UUID? = nil, in db: Database
    ) throws -> [Envelope] {
        let rows = try Row.filter(Column("seq") >= seq).order(Column("seq")).limit(limit).fetchAll(db)
        return try rows.map { row in
            Envelope(
                id: UUID(uuidString: row.id) ?? UUID(), type: row.type, version: row.version, source: source,
                epoch: epoch, seq: row.seq, occurredAt: Timestamp.parse(row.occurredAt) ?? Date(),
                correlationId: row.correlationId.flatMap(UUID.init(uuidString:)),
                causationId: row.causationId.flatMap(UUID.init(uuidString:)),
                actor: row.actorName.map { Actor(accountId: row.actorAccountId.flatMap(UUID.init(uuidString:)), name: $0) },
                payload: try MessageCoding.decode(JSONValue.self, from: Data(row.payload.utf8)))
        }
    }

    /// The last `seq` known to have been handed to the PUB socket.
    public static func publishedSeq(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT publishedSeq FROM publisherState WHERE id = 1") ?? 0
    }

    public static func setPublishedSeq(_ seq: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE publisherState SET publishedSeq = MAX(publishedSeq, ?) WHERE id = 1", arguments: [seq])
    }
}
