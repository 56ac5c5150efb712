import Foundation
import GRDB

/// One service's SQLite file: a GRDB `DatabasePool` in WAL mode, with the
/// platform's tables (outbox, consumer offsets, dead letters, idempotency
/// keys) migrated before the service's own. Every connection deletes with
/// `secure_delete` on, so a deleted or rewritten row's bytes are overwritten
/// with zeros rather than left in a free page (an erased person's address
/// must not stay in the file; see `scrub()`).
public final class ServiceDatabase: Sendable {
    public let writer: DatabasePool
    public let path: String
    /// This incarnation of the database (`Incarnation`): new for a new file,
    /// and new the first time a backup's copy is opened (a restore).
    public let epoch: UUID
    /// The last `seq` this epoch shares with the previous one (a restored
    /// backup's newest message); 0 for a new file.
    public let sharedSeq: Int64

    /// Opens (creating if needed) the file at `path` and migrates it.
    /// `migrations` registers the service's own migrations, after the platform's.
    public init(path: String, migrations: (inout DatabaseMigrator) -> Void = { _ in }) throws {
        self.path = path
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // FULL: a commit is on disk before the command is answered, so a
            // power cut cannot take back messages consumers applied (with
            // NORMAL the last commits of a WAL database may be lost, and the
            // source's `seq` would go back). Its cost is measured in the README.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        writer = try DatabasePool(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        PlatformSchema.register(in: &migrator)
        migrations(&migrator)
        try migrator.migrate(writer)
        let incarnation = try writer.write { try Incarnation.open(in: $0) }
        epoch = incarnation.epoch
        sharedSeq = incarnation.sharedSeq
    }

    /// The file's size on disk, its write-ahead log included.
    public var sizeInBytes: Int64 {
        [path, path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0
            return total + size
        }
    }

    /// After a person's data was erased: rebuilds the file (`VACUUM`) so no
    /// freed page or cell of a row written before `secure_delete` was on keeps
    /// the old bytes, then checkpoints and truncates the write-ahead log, whose
    /// earlier frames still hold the rows as they were. Waits for readers
    /// (the busy timeout); throws when the log cannot be truncated.
    public func scrub() throws {
        try writer.vacuum()
        try writer.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
        }
    }

    /// An online backup: a consistent copy of the database while it is in use,
    /// marked as a copy (`Incarnation.markAsBackupCopy`): the service that
    /// opens it once it is put back takes a new epoch. Written under a
    /// temporary name (mode 0600) and renamed once whole and marked, so
    /// `destination` is never a half-written or unmarked copy; a destination
    /// that exists, even as a dangling symbolic link, is refused.
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination)
            || (try? FileManager.default.destinationOfSymbolicLink(atPath: destination)) != nil
        {
            throw StoreError.backupTargetExists(destination)
        }
        let partial = destination + ".partial-\(UUID().uuidString.prefix(8))"
        guard FileManager.default.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.backupTargetExists(partial)
        }
        do {
            let target = try DatabaseQueue(path: partial)
            try writer.backup(to: target)
            try target.write { try Incarnation.markAsBackupCopy(in: $0) }
            try target.close()
            // Refuses to replace a file that appeared meanwhile (link(2) does not overwrite).
            guard link(partial, destination) == 0 else { throw StoreError.backupTargetExists(destination) }
            try FileManager.default.removeItem(atPath: partial)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }
}

public enum StoreError: Error, CustomStringConvertible, Equatable {
    case backupTargetExists(String)

    public var description: String {
        switch self {
        case .backupTargetExists(let path): "\(path) exists already; a backup never overwrites a file"
        }
    }
}
