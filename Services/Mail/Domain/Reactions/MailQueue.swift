import Foundation
import GRDB
import MessageSchema

/// Puts a written mail into `mails`, once: its id derives from the message
/// that caused it, what it is about and the recipient, so a replayed message
/// queues nothing twice; nothing is queued to an erased address.
enum MailQueue {
    /// The id of the mail `envelope` causes about `subject` (a registration,
    /// a contact …) to `address`.
    static func mailId(causedBy envelope: Envelope, about subject: String, to address: String) -> UUID {
        UUID(derivedFrom: "mail \(envelope.id.uuidString) \(subject) \(address.lowercased())")
    }

    static func enqueue(
        _ content: MailContent, kind: MailKind, id: UUID, causedBy envelope: Envelope, in db: Database
    )
        throws
    {
        // An erased person (`PersonErasure.erasedEmail`) gets nothing more.
        guard content.to.address != PersonErasure.erasedEmail else { return }
        let record = MailRecord(
            id: id.uuidString, kind: kind, recipient: content.to.address, subject: content.subject,
            raw: MIMEWriter.write(content), status: .pending, attempts: 0, createdAt: envelope.occurredAt,
            nextAttemptAt: envelope.occurredAt, lastAnswer: nil, sentAt: nil, causationId: envelope.id.uuidString)
        try record.insert(db, onConflict: .ignore)
    }
}
