import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The gateway's copy of what the mail service tells: how it delivers, how
/// many mails it sent, and the mails it gave up on with the relay's answer.
struct MailReadModel: ReadModelPart {
    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool {
        guard envelope.source == ServiceName.mail.rawValue else { return false }
        let change = Change(envelope: envelope, db: db)
        switch envelope.type {
        case MailDeliveryConfigured.type:
            let message = try change.payload(MailDeliveryConfigured.self)
            try db.execute(
                sql: """
                    INSERT INTO mailDelivery (id, delivery, folder, staffAlerts, sentCount, updatedSeq)
                    VALUES (1, ?, ?, ?, 0, ?)
                    ON CONFLICT(id) DO UPDATE SET delivery = excluded.delivery, folder = excluded.folder,
                        staffAlerts = excluded.staffAlerts, updatedSeq = excluded.updatedSeq
                    """,
                arguments: [message.delivery.rawValue, message.folder, message.staffAlerts, change.seq])
        case MailSent.type:
            _ = try change.payload(MailSent.self)
            try db.execute(
                sql: "UPDATE mailDelivery SET sentCount = sentCount + 1, updatedSeq = ? WHERE id = 1",
                arguments: [change.seq])
        case MailFailed.type:
            let message = try change.payload(MailFailed.self)
            try db.execute(
                sql: """
                    INSERT INTO mailFailures
                        (mailId, kind, recipient, subject, lastAnswer, attempts, createdAt, failedAt, updatedSeq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(mailId) DO UPDATE SET lastAnswer = excluded.lastAnswer, attempts = excluded.attempts,
                        failedAt = excluded.failedAt, updatedSeq = excluded.updatedSeq
                    """,
                arguments: [
                    message.mailId.uuidString, message.kind.rawValue, message.recipient, message.subject,
                    message.lastAnswer, message.attempts, message.createdAt, message.failedAt, change.seq,
                ])
        case PersonErased.type:
            // The mail service's copies of registrations, enrolments and contacts, erased: the
            // gateway erases its own rows of them by their owners' `PersonErased`.
            _ = try change.payload(PersonErased.self)
        default: return false
        }
        return true
    }
}
