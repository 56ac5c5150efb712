import GRDB
import MessageSchema

/// What a consumer does with one message, inside the transaction that also
/// records its `seq`. Throwing rolls the effect back and sends the message to
/// the dead letters with the error as the reason; the consumer carries on.
public protocol MessageApplier: Sendable {
    func apply(_ envelope: Envelope, in db: Database) throws
    /// Before the operator's reconcile applies `source`'s log again from
    /// `seq` 1 (`Consumer.reconcile(source:)`): removes what was kept of
    /// `source`'s messages, so the log can be applied as if for the first time.
    func forget(source: String, in db: Database) throws
}

extension MessageApplier {
    /// A service's reactions keep nothing to remove: what they did (a mail
    /// sent, a survey opened, a message published) cannot be taken back, and
    /// each reaction names what it makes by an id derived from the message's
    /// id, so the messages of the log it reacted to already (a restored
    /// backup keeps their ids) make nothing twice, and the new ones are reacted to.
    public func forget(source: String, in db: Database) throws {}
}
