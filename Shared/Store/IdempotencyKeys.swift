import Foundation
import GRDB

/// The first answer to each command, by its idempotency key, written in the
/// command's own transaction: a retried command gets that answer again. Each
/// key is bound to the request it was first used for (`requestHash`), so a
/// reuse with another request can be told apart from a retry.
public enum IdempotencyKeys {
    /// What a key was first used for and answered.
    public struct Entry: Sendable, Equatable {
        /// The command's name.
        public var command: String
        /// The hash of the request (name, payload, actor); `nil` for keys
        /// recorded before hashes were kept.
        public var requestHash: String?
        public var reply: Data
    }

    public static func reply(for key: String, in db: Database) throws -> Data? {
        try entry(for: key, in: db)?.reply
    }

    /// The request a key was first used for, and its answer.
    public static func entry(for key: String, in db: Database) throws -> Entry? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT command, requestHash, reply FROM idempotencyKey WHERE key = ?", arguments: [key])
        else { return nil }
        return Entry(command: row["command"], requestHash: row["requestHash"], reply: Data((row["reply"] as String).utf8))
    }

    public static func record(
        key: String, command: String, requestHash: String? = nil, reply: Data, at date: Date = Date(), in db: Database
    ) throws {
        try db.execute(
            sql: "INSERT INTO idempotencyKey (key, command, requestHash, reply, createdAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [key, command, requestHash, String(decoding: reply, as: UTF8.self), date])
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
