import Foundation
import GRDB
import MessageSchema
import Store

/// One command's (or reaction's) change, inside its write transaction: the
/// open database, who the messages are from, who they were made for, and
/// their time. A service's change (`EventsChange` …) is this type, extended
/// in the service with what reads and writes its tables; `publish` appends
/// the messages announcing the change to the outbox, in the same transaction.
public struct CommandTransaction {
    public let db: Database
    public let source: String
    public let correlationId: UUID?
    /// The message a reaction answers; `nil` for a command.
    public let causationId: UUID?
    /// Who the change is made for, put on every message `publish` appends:
    /// the command's `actor`; for a reaction, the actor of the message it
    /// answers (see `init(reactingTo:db:source:now:)`); `nil` when nobody acted.
    public let actor: Actor?
    /// The change's time, to the millisecond as the database keeps it.
    public let now: Date

    public init(
        db: Database, source: String, correlationId: UUID?, causationId: UUID? = nil, actor: Actor? = nil,
        now: Date = Date()
    ) {
        self.db = db
        self.source = source
        self.correlationId = correlationId
        self.causationId = causationId
        self.actor = actor
        self.now = Self.millisecond(now)
    }

    /// The change of `request`: its correlation id and its actor.
    public init(db: Database, source: String, request: CommandRequest, now: Date = Date()) {
        self.init(db: db, source: source, correlationId: request.correlationId, actor: request.actor, now: now)
    }

    /// A reaction to `envelope`: the same correlation, caused by it, and made
    /// for the person who made it — the one who marked an event held is the
    /// one its feedback survey and archive collection are opened for. A
    /// reaction's messages are the consequence of that person's action, so
    /// the activity history shows them under that name.
    public init(reactingTo envelope: Envelope, db: Database, source: String, now: Date = Date()) {
        self.init(
            db: db, source: source, correlationId: envelope.correlationId, causationId: envelope.id,
            actor: envelope.actor, now: now)
    }

    /// `date` to the millisecond, rounded down, as the database keeps it.
    public static func millisecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    public func publish<M: Message>(_ message: M) throws {
        try Outbox.append(
            message, source: source, correlationId: correlationId, causationId: causationId, actor: actor,
            occurredAt: now, in: db)
    }
}
