import Foundation
import GRDB

/// The first answer to each command, by its idempotency key, written in the
/// command's own transaction: a retried command gets that answer again.
public enum IdempotencyKeys {
    public static func reply(for key: String, in db: Database) throws -> Data? {
        try entry(for: key, in: db)?.reply
    }

    /// The command a key was first used for, and its answer.
    public static func entry(for key: String, in db: Database) throws -> (command: String, reply: Data)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT command, reply FROM idempotencyKey WHERE key = ?", arguments: [key])
        else { return nil }
        return (row["command"], Data((row["reply"] as String).utf8))
    }

    public static func record(key: String, command: String, reply: Data, at date: Date = Date(), in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO idempotencyKey (key, command, reply, createdAt) VALUES (?, ?, ?, ?)",
            arguments: [key, command, String(decoding: reply, as: UTF8.self), date])
    }

    /// Forgets the keys first used before `date`; returns how many. A command
    /// retried with a forgotten key runs again, so `date` lies well beyond
    /// any client's retries.
    @discardableResult
    public static func forget(before date: Date, in db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM idempotencyKey WHERE createdAt < ?", arguments: [date])
        return db.changesCount
    }

    public static func count(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM idempotencyKey") ?? 0
    }
}
