import GRDB
import MessageSchema

/// The applier of a service that reacts to a few of other services'
/// messages: each reaction runs in the consumer's transaction (and may
/// append to the service's own outbox there). Known messages without a
/// reaction are skipped; an unknown type or version throws, so the consumer
/// dead-letters it.
public struct MessageReactions: MessageApplier {
    public typealias Reaction = @Sendable (Envelope, Database) throws -> Void

    private var reactions: [String: Reaction] = [:]
    /// Per source: the tables and columns of its rows' order guards (`RowSeq`).
    private var guards: [String: [(table: String, seqColumn: String)]] = [:]

    public init() {}

    /// Reacts to `M` from `source`.
    public func on<M: Message>(
        _ type: M.Type, from source: ServiceName, _ reaction: @escaping @Sendable (M, Envelope, Database) throws -> Void
    ) -> MessageReactions {
        var copy = self
        copy.reactions[Self.key(source.rawValue, M.type, M.version)] = { envelope, db in
            try reaction(envelope.decodePayload(M.self), envelope, db)
        }
        return copy
    }

    /// Names a `RowSeq` guard the reactions keep of `source`'s messages: the
    /// `seqColumn` of `table`, lowered by `rewind` after a reconcile.
    public func guarding(_ table: String, seqColumn: String, from source: ServiceName) -> MessageReactions {
        var copy = self
        copy.guards[source.rawValue, default: []].append((table, seqColumn))
        return copy
    }

    public func rewind(source: String, to seq: Int64, in db: Database) throws {
        for (table, column) in guards[source] ?? [] {
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(column) > ?", arguments: [seq, seq])
        }
    }

    public func apply(_ envelope: Envelope, in db: Database) throws {
        if let reaction = reactions[Self.key(envelope.source, envelope.type, envelope.version)] {
            try reaction(envelope, db)
        } else if !MessageCatalog.isKnown(source: envelope.source, type: envelope.type, version: envelope.version) {
            throw MessageSchemaError.unknownType(envelope.type, version: envelope.version)
        }
    }

    private static func key(_ source: String, _ type: String, _ version: Int) -> String { "\(source) \(type) \(version)" }
}
