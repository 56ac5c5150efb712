import Foundation
import GRDB
import MessageSchema

/// Per source a consumer applies: the epoch of the source's database its
/// applied `seq` belongs to, and why it stopped applying the source, if it
/// did (`SourceStop`). Kept next to the `seq` in `consumerOffset`, so a
/// stopped source stays stopped across a restart until the operator reconciles.
public enum ConsumerEpochs {
    public struct State: Sendable, Equatable {
        public var appliedSeq: Int64
        public var epoch: UUID?
        public var stopped: SourceStop?
    }

    public static func all(in db: Database) throws -> [String: State] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT source, appliedSeq, epoch, stoppedAt, stoppedReason, stoppedSourceEpoch, stoppedSourceSeq,
                    stoppedPrunedThrough
                FROM consumerOffset
                """)
        var states: [String: State] = [:]
        for row in rows {
            var stop: SourceStop?
            if let reason = (row["stoppedReason"] as String?).flatMap(SourceStop.Reason.init(rawValue:)) {
                stop = SourceStop(
                    reason: reason, since: row["stoppedAt"] ?? Date(), appliedEpoch: uuid(row["epoch"]),
                    sourceEpoch: uuid(row["stoppedSourceEpoch"]), sourceLatestSeq: row["stoppedSourceSeq"] ?? 0,
                    prunedThrough: row["stoppedPrunedThrough"])
            }
            states[row["source"]] = State(appliedSeq: row["appliedSeq"], epoch: uuid(row["epoch"]), stopped: stop)
        }
        return states
    }

    /// Records that what is applied of `source` comes from its database of `epoch`.
    public static func adopt(_ epoch: UUID, source: String, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO consumerOffset (source, appliedSeq, epoch) VALUES (?, 0, ?)
                ON CONFLICT(source) DO UPDATE SET epoch = excluded.epoch
                """,
            arguments: [source, epoch.uuidString])
    }

    /// Records that the consumer stopped applying `source`, and why.
    public static func stop(_ stop: SourceStop, source: String, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO consumerOffset (source, appliedSeq) VALUES (?, 0) ON CONFLICT(source) DO NOTHING;
                UPDATE consumerOffset SET stoppedAt = ?, stoppedReason = ?, stoppedSourceEpoch = ?, stoppedSourceSeq = ?,
                    stoppedPrunedThrough = ?
                WHERE source = ?
                """,
            arguments: [
                source, stop.since, stop.reason.rawValue, stop.sourceEpoch?.uuidString, stop.sourceLatestSeq, stop.prunedThrough,
                source,
            ])
    }

    /// The operator's reconcile: `source` applied up to `appliedSeq` of its database of `epoch`, not stopped.
    public static func restart(source: String, epoch: UUID?, appliedSeq: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO consumerOffset (source, appliedSeq) VALUES (?, 0) ON CONFLICT(source) DO NOTHING;
                UPDATE consumerOffset SET appliedSeq = ?, epoch = ?, stoppedAt = NULL, stoppedReason = NULL,
                    stoppedSourceEpoch = NULL, stoppedSourceSeq = NULL, stoppedPrunedThrough = NULL
                WHERE source = ?
                """,
            arguments: [source, appliedSeq, epoch?.uuidString, source])
    }

    private static func uuid(_ text: String?) -> UUID? { text.flatMap(UUID.init(uuidString:)) }
}
