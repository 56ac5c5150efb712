import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

@testable import Gateway
@testable import GatewayKit

/// Feeds a real read model with envelopes as the services publish them, as
/// the consumer applies them: each in its own transaction, `seq` counted per
/// source, through the whole `GatewayReadModel` unless told otherwise.
/// The parts' helpers (`asset`, `survey`, `scenario` …) extend it.
final class MessageFeed {
    let database: ServiceDatabase
    /// Whose messages `apply` sends when no other source is named.
    let source: ServiceName
    let applier: any MessageApplier
    private var seqs: [ServiceName: Int64] = [:]

    init(_ database: ServiceDatabase, source: ServiceName, applier: any MessageApplier = GatewayReadModel.all) {
        self.database = database
        self.source = source
        self.applier = applier
    }

    /// The last `seq` sent for `source`.
    var seq: Int64 { seqs[source] ?? 0 }

    /// Wraps `message` in the next envelope of `source` (the feed's own by
    /// default), made for `actor` (nobody by default).
    func envelope<M: Message>(
        _ message: M, from source: ServiceName? = nil, at date: Date = Date(), actor: Actor? = nil
    ) throws -> Envelope {
        let source = source ?? self.source
        let seq = (seqs[source] ?? 0) + 1
        seqs[source] = seq
        return Envelope(
            type: M.type, version: M.version, source: source.rawValue, seq: seq, occurredAt: date, actor: actor,
            payload: try .from(message))
    }

    /// Applies `message` as the next message of `source`, made for `actor`, in its own transaction.
    @discardableResult
    func apply<M: Message>(
        _ message: M, from source: ServiceName? = nil, at date: Date = Date(), actor: Actor? = nil
    ) throws -> Envelope {
        let envelope = try envelope(message, from: source, at: date, actor: actor)
        try apply(envelope)
        return envelope
    }

    func apply(_ envelope: Envelope) throws {
        try database.writer.write { db in try self.applier.apply(envelope, in: db) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writer.read(body)
    }
}
