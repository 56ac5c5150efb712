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

    public func apply(_ envelope: Envelope, in db: Database) throws {
        if let reaction = reactions[Self.key(envelope.source, envelope.type, envelope.version)] {
            try reaction(envelope, db)
        } else if !MessageCatalog.isKnown(source: envelope.source, type: envelope.type, version: envelope.version) {
            throw MessageSchemaError.unknownType(envelope.type, version: envelope.version)
        }
    }

    private static func key(_ source: String, _ type: String, _ version: Int) -> String { "\(source) \(type) \(version)" }
}
