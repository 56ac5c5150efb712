import Foundation
import GRDB
import MessageSchema

/// How much of the outbox (the replay log) a service still needs to keep.
///
/// Each consumer says, every minute, from which `seq` on it may still need
/// the log of this database's epoch (`keepFrom`): a service that keeps its
/// state, the one after what it applied; the gateway, which rebuilds a part
/// of its read model from the log, the first `seq` its oldest snapshot does
/// not hold. The pruner deletes the rows every known consumer is past, once
/// they are older than the retention window, never the newest row (whose
/// `seq` the next message follows) and never one not yet published. A fetch
/// from below what was pruned is refused with that `seq`, so a consumer can
/// say it must be rebuilt from a snapshot, never skip messages silently.
public enum OutboxPruning {
    /// The migration's step (`platform-v6`).
    static func create(in db: Database) throws {
        try db.create(table: "outboxPruned") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            // Every row up to this `seq` is deleted; 0 while nothing was.
            t.column("throughSeq", .integer).notNull().defaults(to: 0)
            t.column("prunedAt", .datetime)
        }
        try db.execute(sql: "INSERT INTO outboxPruned (id, throughSeq) VALUES (1, 0)")
        try db.create(table: "consumerFloor") { t in
            // The consumer's bus name (its key's), as the ZAP handler vouches for it.
            t.primaryKey("consumer", .text)
            t.column("epoch", .text).notNull()
            t.column("keepFrom", .integer).notNull()
            t.column("reportedAt", .datetime).notNull()
        }
    }

    /// Every row up to this `seq` was pruned; 0 while none was.
    public static func prunedThrough(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT throughSeq FROM outboxPruned WHERE id = 1") ?? 0
    }

    /// Records that `consumer` may still need the log of `epoch` from `keepFrom` on.
    public static func report(consumer: String, epoch: UUID, keepFrom: Int64, at date: Date = Date(), in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO consumerFloor (consumer, epoch, keepFrom, reportedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(consumer) DO UPDATE SET epoch = excluded.epoch, keepFrom = excluded.keepFrom,
                    reportedAt = excluded.reportedAt
                """,
            arguments: [consumer, epoch.uuidString, max(1, keepFrom), date])
    }

    /// One consumer's last report.
    public struct Floor: Sendable, Equatable, Codable {
        public var consumer: String
        public var epoch: UUID?
        public var keepFrom: Int64
        public var reportedAt: Date
    }

    /// Every consumer's last report, by name.
    public static func floors(_ db: Database) throws -> [Floor] {
        try Row.fetchAll(db, sql: "SELECT consumer, epoch, keepFrom, reportedAt FROM consumerFloor ORDER BY consumer").map {
            Floor(
                consumer: $0["consumer"], epoch: UUID(uuidString: $0["epoch"]), keepFrom: $0["keepFrom"],
                reportedAt: $0["reportedAt"])
        }
    }

    /// The last `seq` that may be deleted now in `epoch`: below every
    /// consumer's `keepFrom` (a report about another epoch keeps everything:
    /// that consumer has not yet seen this history), published, older than
    /// `before`, and not the newest row. `nil` when nothing may be, or no
    /// consumer has reported (nobody said what it no longer needs).
    public static func cut(epoch: UUID, before: Date, in db: Database) throws -> Int64? {
        let floors = try floors(db)
        guard !floors.isEmpty else { return nil }
        let needed = floors.map { $0.epoch == epoch ? $0.keepFrom - 1 : 0 }.min() ?? 0
        let latest = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM outbox") ?? 0
        let published = try Outbox.publishedSeq(db)
        let old =
            try Int64.fetchOne(
                db, sql: "SELECT MAX(seq) FROM outbox WHERE occurredAt < ?", arguments: [Timestamp.format(before)]) ?? 0
        let cut = min(needed, published, latest - 1, old)
        return cut > (try prunedThrough(db)) ? cut : nil
    }

    /// Deletes the rows up to `seq`; returns how many.
    @discardableResult
    public static func prune(through seq: Int64, at date: Date = Date(), in db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM outbox WHERE seq <= ?", arguments: [seq])
        let deleted = db.changesCount
        try db.execute(
            sql: "UPDATE outboxPruned SET throughSeq = MAX(throughSeq, ?), prunedAt = ? WHERE id = 1", arguments: [seq, date])
        return deleted
    }
}
