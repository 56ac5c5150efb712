import GRDB
import MessageSchema

/// What a consumer does with one message, inside the transaction that also
/// records its `seq`. Throwing rolls the effect back and sends the message to
/// the dead letters with the error as the reason; the consumer carries on.
public protocol MessageApplier: Sendable {
    func apply(_ envelope: Envelope, in db: Database) throws
}
