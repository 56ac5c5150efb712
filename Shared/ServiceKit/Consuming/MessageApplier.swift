import GRDB
import MessageSchema

/// What a consumer does with one message, inside the transaction that also
/// records its `seq`. Throwing rolls the effect back and sends the message to
/// the dead letters with the error as the reason; the consumer carries on.
public protocol MessageApplier: Sendable {
    func apply(_ envelope: Envelope, in db: Database) throws
    /// Before the operator's reconcile of `source` (`Consumer.reconcile(source:)`):
    /// removes what was kept of `source`'s messages and returns `true`, so the
    /// source's log is applied again from `seq` 1; or keeps it and returns
    /// `false`, so only what follows the history both logs share is applied.
    func forget(source: String, in db: Database) throws -> Bool
    /// After a reconcile that kept the state (`forget` returned `false`):
    /// the per-row order guards (`RowSeq`) of `source`'s rows may hold a
    /// `seq` of the old history above `seq`, the last one both histories
    /// share; lowers them to `seq`, so that the new history's messages after
    /// it are applied, not refused as older.
    func rewind(source: String, to seq: Int64, in db: Database) throws
}

extension MessageApplier {
    /// A service's reactions keep their state: what they did (a mail sent, a
    /// survey opened, a count moved, a message published) cannot be taken
    /// back, and applying the shared history again would do some of it twice
    /// (counts). So the reconcile applies only the messages after the last
    /// `seq` the source's new epoch shares with the old one.
    public func forget(source: String, in db: Database) throws -> Bool { false }

    /// An applier without order guards has nothing to lower.
    public func rewind(source: String, to seq: Int64, in db: Database) throws {}
}
