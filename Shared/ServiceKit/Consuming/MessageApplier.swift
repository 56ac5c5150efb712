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
    /// Whether a rebuild of this applier's view needs the source's whole log
    /// (its `forget` empties what it keeps): then the source must keep all of
    /// it (`keepFrom` 1), and a pruned log cannot rebuild it.
    var needsWholeLog: Bool { get }
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

    /// A service's reactions go on from what they applied.
    public var needsWholeLog: Bool { false }

    /// From which `seq` on this applier may still need `source`'s log, having
    /// applied up to `applied`: what the consumer tells the source every
    /// minute (`keep-from`), so that the source may prune what is before it.
    public func keepFrom(source: String, applied: Int64) -> Int64 { needsWholeLog ? 1 : applied + 1 }
}
