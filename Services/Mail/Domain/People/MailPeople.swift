import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the mail service keeps on people: its copies of registrations,
/// enrolments and contacts (name, address), and each mail written to them
/// (the recipient and the whole message). Erasing anonymises the copies
/// like their owners do, empties every mail written to the address (its
/// row stays, with kind, status and dates, so what was sent still counts;
/// the address leaves the relay's answer too)
/// and drops the mails not yet sent: nothing more goes to an erased person.
/// Without a relay each mail is also a file `<id>.eml` in `mailFolder`
/// (`FileTransport`): the files of the person's mails are deleted too.
public struct MailPeople: PersonalDataHolder {
    /// Where `FileTransport` writes the mails; `nil` when they go to a relay.
    let mailFolder: URL?

    public init(mailFolder: URL? = nil) {
        self.mailFolder = mailFolder
    }

    public func export(email: String, in db: Database) throws -> [String: JSONValue] {
        [
            "registrations": try PersonalDataRows.fetch(
                db, sql: "SELECT id, eventId, name, email, status FROM registrations WHERE lower(email) = ?", arguments: [email]),
            "enrolments": try PersonalDataRows.fetch(
                db, sql: "SELECT id, sessionId, name, email FROM enrolments WHERE lower(email) = ?", arguments: [email]),
            "contacts": try PersonalDataRows.fetch(
                db, sql: "SELECT id, name, email FROM contacts WHERE lower(email) = ?", arguments: [email]),
            "mails": try PersonalDataRows.fetch(
                db,
                sql: """
                    SELECT id, kind, recipient, subject, status, createdAt, sentAt FROM mails
                    WHERE lower(recipient) = ? ORDER BY createdAt
                    """, arguments: [email]),
        ]
    }

    static let registrations = PersonalTable(
        "registrations", kind: .registration, name: "name", cleared: [("email", PersonErasure.erasedEmail)])
    static let enrolments = PersonalTable(
        "enrolments", kind: .enrolment, name: "name", cleared: [("email", PersonErasure.erasedEmail)])
    static let contacts = PersonalTable("contacts", kind: .contact, name: "name", cleared: [("email", nil)])

    public func erase(email: String, in db: Database) throws -> Erasure {
        var erasure = try Self.registrations.anonymise(db, where: "lower(email) = ?", arguments: [email])
        erasure.merge(try Self.enrolments.anonymise(db, where: "lower(email) = ?", arguments: [email]))
        erasure.merge(try Self.contacts.anonymise(db, where: "lower(email) = ?", arguments: [email]))
        let mails = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mails WHERE lower(recipient) = ?", arguments: [email]) ?? 0
        guard mails > 0 else { return erasure }
        let ids = try String.fetchAll(db, sql: "SELECT id FROM mails WHERE lower(recipient) = ?", arguments: [email])
        try deleteFiles(of: ids)
        try db.execute(sql: "DELETE FROM mails WHERE lower(recipient) = ? AND status = 'pending'", arguments: [email])
        try db.execute(
            sql: """
                UPDATE mails SET lastAnswer = replace(lastAnswer, recipient, ?), recipient = ?, raw = X''
                WHERE lower(recipient) = ?
                """,
            arguments: [PersonErasure.erasedEmail, PersonErasure.erasedEmail, email])
        // The address also sits in the outbox's `mail.failed`: the eraser rewrites it there.
        erasure.texts[email] = PersonErasure.erasedEmail
        return erasure
    }

    /// Deletes `<id>.eml` (and a half-written `.<id>.eml.partial`) of each mail in `mailFolder`.
    func deleteFiles(of ids: [String]) throws {
        guard let mailFolder else { return }
        let files = FileManager.default
        for id in ids {
            for name in ["\(id).eml", ".\(id).eml.partial"] {
                let file = mailFolder.appendingPathComponent(name)
                if files.fileExists(atPath: file.path) { try files.removeItem(at: file) }
            }
        }
    }
}
