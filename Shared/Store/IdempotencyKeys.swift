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

    public static func record(key: String, command: String, reply: Data, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO idempotencyKey (key, command, reply, createdAt) VALUES (?, ?, ?, ?)",
            arguments: [key, command, String(decoding: reply, as: UTF8.self), Date()])
    }
}
