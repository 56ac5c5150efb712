import Foundation
import GRDB
import MessageSchema

/// A mail the mail service gave up on.
struct FailedMail: Codable, FetchableRecord, Sendable {
    var mailId: String
    var kind: MailKind
    var recipient: String
    var subject: String
    var lastAnswer: String
    var attempts: Int
    var createdAt: Date
    var failedAt: Date
}

/// How the mail service delivers, as it last said.
struct MailDeliveryState: Codable, FetchableRecord, Sendable {
    var delivery: MailDelivery
    var folder: String?
    /// `nil` until the mail service says whether it sends alerts to staff.
    var staffAlerts: Bool?
    var sentCount: Int
}

enum MailQueries {
    /// The failed mails, newest first.
    static func failures(limit: Int = 500, in db: Database) throws -> [FailedMail] {
        try FailedMail.fetchAll(
            db,
            sql: """
                SELECT mailId, kind, recipient, subject, lastAnswer, attempts, createdAt, failedAt
                FROM mailFailures ORDER BY failedAt DESC, mailId LIMIT ?
                """,
            arguments: [limit])
    }

    static func failureCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mailFailures") ?? 0
    }

    static func delivery(in db: Database) throws -> MailDeliveryState? {
        try MailDeliveryState.fetchOne(db, sql: "SELECT delivery, folder, staffAlerts, sentCount FROM mailDelivery WHERE id = 1")
    }
}
