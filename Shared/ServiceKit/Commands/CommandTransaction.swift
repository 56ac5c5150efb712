import Foundation
import GRDB
import MessageSchema
import Store

/// One command's (or reaction's) change, inside its write transaction: the
/// open database, who the messages are from, and their time. A service's
/// change (`EventsChange` …) is this type, extended in the service with what
/// reads and writes its tables; `publish` appends the messages announcing
/// the change to the outbox, in the same transaction.
public struct CommandTransaction {
    public let db: Database
    public let source: String
    public let correlationId: UUID?
    /// The message a reaction answers; `nil` for a command.
    public let causationId: UUID?
    /// The change's time, to the millisecond as the database keeps it.
    public let now: Date

    public init(db: Database, source: String, correlationId: UUID?, causationId: UUID? = nil, now: Date = Date()) {
        self.db = db
        self.source = source
        self.correlationId = correlationId
        self.causationId = causationId
        self.now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    public func publish<M: Message>(_ message: M) throws {
        try Outbox.append(
            message, source: source, correlationId: correlationId, causationId: causationId, occurredAt: now, in: db)
    }
}
