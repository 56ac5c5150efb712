import Foundation
import GRDB
import MessageSchema
import Store

/// Exports and erases a person's data in one service: the holder's tables,
/// then (in the same transaction) the outbox payloads, stored replies and
/// dead letters that name them (`PersonalTraces`), and a `PersonErased`
/// message for every other holder; after the commit the file is scrubbed
/// (`ServiceDatabase.scrub`) so the old bytes are gone from it and its WAL.
/// A second erasure of the same address finds nothing and publishes nothing:
/// an operator may run it again after a service was down.
public struct PersonalDataEraser: Sendable {
    let source: String
    let database: ServiceDatabase
    let holder: any PersonalDataHolder
    /// Whether the service announces its erasures (the gateway, a reader only, does not).
    let publishes: Bool
    /// Runs after a commit that appended `PersonErased` (wakes the outbox relay).
    let onCommit: @Sendable () -> Void

    public init(
        source: String, database: ServiceDatabase, holder: any PersonalDataHolder, publishes: Bool,
        onCommit: @escaping @Sendable () -> Void = {}
    ) {
        self.source = source
        self.database = database
        self.holder = holder
        self.publishes = publishes
        self.onCommit = onCommit
    }

    public func export(email: String) async throws -> [String: JSONValue] {
        let key = PersonErasure.key(email)
        return try await database.writer.read { db in try holder.export(email: key, in: db) }
    }

    /// Erases the person with the address `email` for the erasure request `erasureId`.
    public func erase(email: String, erasureId: UUID) async throws -> Erasure {
        let key = PersonErasure.key(email)
        return try await run(reason: .request, erasureId: erasureId, markers: [key]) { db in
            try holder.erase(email: key, in: db)
        }
    }

    /// Erases every row kept past `cutoff` (see `PersonalDataRetention`).
    public func eraseExpired(endedBefore cutoff: Date) async throws -> Erasure {
        try await run(reason: .retention, erasureId: UUID(), markers: []) { db in
            try holder.eraseExpired(endedBefore: cutoff, in: db)
        }
    }

    private func run(
        reason: ErasureReason, erasureId: UUID, markers: [String], _ body: @escaping @Sendable (Database) throws -> Erasure
    ) async throws -> Erasure {
        let erasure = try await database.writer.write { db in
            let erasure = try body(db)
            guard !erasure.isEmpty else { return erasure }
            let addresses = erasure.texts.keys.filter { $0.contains("@") }
            try PersonalTraces.erase(
                texts: erasure.texts, markers: markers + addresses + erasure.records.map(\.id.uuidString), in: db)
            if publishes {
                try CommandTransaction(db: db, source: source, correlationId: erasureId)
                    .publish(PersonErased(erasureId: erasureId, reason: reason, records: erasure.records))
            }
            return erasure
        }
        if !erasure.isEmpty, publishes { onCommit() }
        // A request scrubs even when it found nothing: the gateway may have
        // erased the rows already by a service's `PersonErased`, leaving the
        // old bytes in its write-ahead log.
        if !erasure.isEmpty || reason == .request { try database.scrub() }
        return erasure
    }
}
