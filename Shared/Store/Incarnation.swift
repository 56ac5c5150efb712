import Foundation
import GRDB

/// Which incarnation of a service's database this file is: its epoch, a
/// UUID carried in every envelope and heartbeat the service sends, so a
/// consumer can tell that the source's `seq` started another history.
///
/// A new file gets a new epoch (`platform-v5`; a file from before epochs
/// too, sharing its whole outbox with the epoch consumers knew it by). A backup written by
/// `ServiceDatabase.backup(to:)` is marked as a copy; the first time a
/// service opens a marked file (the backup put back in place of its
/// database) it takes a new epoch and clears the mark. So every restore of a
/// backup, however often the same one is restored, is an incarnation of its
/// own: its messages after the restore are not mistaken for ones the
/// consumers applied before it. A copy made another way (`cp` of a stopped
/// service's file) keeps the epoch; consumers then still notice a `seq`
/// below what they applied, as long as they see it before the source has
/// written that far again.
public enum Incarnation {
    static let table = "incarnation"

    /// The migration's step: the table and this file's first epoch.
    static func create(in db: Database) throws {
        try db.create(table: table) { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("epoch", .text).notNull()
            t.column("since", .datetime).notNull()
            // Set in a backup's copy only; cleared, with a new epoch, when a service opens it.
            t.column("isBackupCopy", .boolean).notNull().defaults(to: false)
            t.column("previousEpoch", .text)
            // The last `seq` this epoch shares with the previous one: the
            // backup's newest message when it was put back; 0 for a new file.
            t.column("sharedSeq", .integer).notNull().defaults(to: 0)
        }
        // A file written before epochs shares all its history with whatever
        // consumers applied from it: its newest `seq` (0 for a new file).
        try db.execute(
            sql: "INSERT INTO incarnation (id, epoch, since, sharedSeq) VALUES (1, ?, ?, (SELECT COALESCE(MAX(seq), 0) FROM outbox))",
            arguments: [UUID().uuidString, Date()])
    }

    /// One incarnation: its epoch, and the last `seq` it shares with the
    /// previous one (the restored backup's newest message; 0 for a new file).
    public struct Current: Sendable, Equatable {
        public var epoch: UUID
        public var sharedSeq: Int64
    }

    /// The database's incarnation, after taking a new one if the file is a backup's copy.
    public static func open(in db: Database) throws -> Current {
        guard let row = try Row.fetchOne(db, sql: "SELECT epoch, isBackupCopy, sharedSeq FROM incarnation WHERE id = 1"),
            let epoch = UUID(uuidString: row["epoch"])
        else { throw IncarnationError.missing }
        guard row["isBackupCopy"] as Bool else { return Current(epoch: epoch, sharedSeq: row["sharedSeq"]) }
        let restored = Current(epoch: UUID(), sharedSeq: try Outbox.latestSeq(db))
        try db.execute(
            sql: """
                UPDATE incarnation SET epoch = ?, since = ?, isBackupCopy = 0, previousEpoch = ?, sharedSeq = ?
                WHERE id = 1
                """,
            arguments: [restored.epoch.uuidString, Date(), epoch.uuidString, restored.sharedSeq])
        return restored
    }

    /// Marks a backup's copy, so that the service that opens it takes a new epoch.
    public static func markAsBackupCopy(in db: Database) throws {
        try db.execute(sql: "UPDATE incarnation SET isBackupCopy = 1 WHERE id = 1")
    }
}

public enum IncarnationError: Error, CustomStringConvertible {
    case missing

    public var description: String { "the database has no incarnation row (epoch)" }
}
