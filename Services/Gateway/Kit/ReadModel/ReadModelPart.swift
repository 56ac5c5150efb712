import GRDB
import MessageSchema
import ServiceKit

/// The messages one part of the gateway (events, surveys …) applies to its
/// own tables. A part may keep something of any source's messages: the
/// events part also keeps the feedback results the surveys service
/// publishes about events.
public protocol ReadModelPart: MessageApplier {
    /// Applies the envelope if this part keeps something of it; returns
    /// whether it did. Throws when it should but cannot (a bad payload, an
    /// unknown id).
    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool
    /// The part's tables that `source`'s messages fill, a table before the
    /// one it refers to: what the operator's reconcile of `source` empties
    /// before applying its log again (`komunikactl reconcile gateway <source>`).
    func tables(filledBy source: String) -> [String]
}

extension ReadModelPart {
    /// Applied alone, a part dead-letters what neither it nor the catalog knows.
    public func apply(_ envelope: Envelope, in db: Database) throws {
        if try !applyIfOwn(envelope, in: db) { try GatewayReadModel.refuseUnknown(envelope) }
    }

    /// Empties the part's tables that `source`'s messages fill; its log is applied again from `seq` 1.
    public func forget(source: String, in db: Database) throws -> Bool {
        for table in tables(filledBy: source) { try db.execute(sql: "DELETE FROM \(table)") }
        return true
    }

    /// A part is rebuilt from its sources' whole logs.
    public var needsWholeLog: Bool { true }
}

/// The whole read model: every part sees every message, in `seq` order per
/// source, inside the consumer's transaction, and a message a part kept is
/// recorded in the activity history (`ActivityRecorder`; its table is
/// `ActivitySchema`'s). A message no part keeps is skipped when its type is
/// known, and dead-lettered when it is not.
public struct GatewayReadModel: MessageApplier {
    public let parts: [any ReadModelPart]

    public init(parts: [any ReadModelPart]) {
        self.parts = parts
    }

    public func apply(_ envelope: Envelope, in db: Database) throws {
        var kept = false
        for part in parts where try part.applyIfOwn(envelope, in: db) { kept = true }
        if kept {
            try ActivityRecorder.record(envelope, in: db)
        } else {
            try Self.refuseUnknown(envelope)
        }
    }

    /// Forgets what the read model keeps of `source`: every part's tables it
    /// fills, and its messages in the activity history; the gateway's own
    /// tables (accounts, sessions, who filed a submission) stay.
    public func forget(source: String, in db: Database) throws -> Bool {
        for part in parts { _ = try part.forget(source: source, in: db) }
        try db.execute(sql: "DELETE FROM activity WHERE source = ?", arguments: [source])
        return true
    }

    /// The read model is rebuilt from its sources' whole logs (reconcile), so
    /// it asks every source to keep all of it: until the gateway keeps
    /// snapshots of its parts, no source it consumes prunes anything.
    public var needsWholeLog: Bool { true }

    public static func refuseUnknown(_ envelope: Envelope) throws {
        guard MessageCatalog.isKnown(source: envelope.source, type: envelope.type, version: envelope.version) else {
            throw MessageSchemaError.unknownType(envelope.type, version: envelope.version)
        }
    }
}
