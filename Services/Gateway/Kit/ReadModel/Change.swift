import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// One message being applied by a part: its envelope and the consumer's
/// open transaction.
public struct Change {
    public let envelope: Envelope
    public let db: Database

    public init(envelope: Envelope, db: Database) {
        self.envelope = envelope
        self.db = db
    }

    public var seq: Int64 { envelope.seq }
    public var occurredAt: Date { envelope.occurredAt }
    public var type: String { envelope.type }

    /// The payload as `M`, or `unknownType` when the version is not the one this reader knows.
    public func payload<M: Message>(_ type: M.Type) throws -> M {
        guard envelope.version == M.version else {
            throw MessageSchemaError.unknownType(envelope.type, version: envelope.version)
        }
        return try envelope.decodePayload(M.self)
    }
}

extension Change {
    /// Throws `StaleMessage` when a message after this one last wrote the row
    /// of `table` whose `key` is `id` (its `seqColumn`): an older message (a
    /// dead letter retried late) never overwrites newer state. `row` names
    /// the row in the reason: `campaign 6F1C…`.
    public func requireNotNewer(
        _ table: String, key: String = "id", id: UUID, seqColumn: String = "updatedSeq", row: String
    ) throws {
        try RowSeq.requireNotNewer(
            table, key: key, id: id.uuidString, seqColumn: seqColumn, than: envelope, row: "\(row) \(id.uuidString)",
            in: db)
    }
}
