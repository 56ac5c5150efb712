import Foundation
import GRDB
import MessageSchema

/// A distributed press release: one mail to each member of the list with an
/// address (never several recipients in one mail), in the contact's language
/// where the release has it, with `List-Unsubscribe` and an unsubscribe link.
struct PressReleaseMails {
    let context: MailContext

    func keepContact(_ contactId: UUID, _ details: ContactDetails, in db: Database) throws {
        try ContactCopy(
            id: contactId.uuidString, name: details.name, email: details.email, language: details.language
        ).save(db)
    }

    func keepRelease(_ id: UUID, _ content: PressReleaseContent, in db: Database) throws {
        try PressReleaseCopy(
            id: id.uuidString, titleLt: content.titleLt, bodyLt: content.bodyLt, titleEn: content.titleEn,
            bodyEn: content.bodyEn
        ).save(db)
    }

    func distributed(_ message: PressReleaseDistributed, _ envelope: Envelope, in db: Database) throws {
        guard let release = try PressReleaseCopy.fetchOne(db, key: message.pressReleaseId.uuidString) else {
            throw ReactionFailure("the mail service has no press release \(message.pressReleaseId.uuidString)")
        }
        for contactId in message.contactIds {
            guard let contact = try ContactCopy.fetchOne(db, key: contactId.uuidString), let email = contact.email,
                !email.isEmpty
            else { continue }
            guard try context.recipients.mayReceive(.pressRelease, address: email, in: db) else { continue }
            let english = contact.language == "en" && release.titleEn != nil && release.bodyEn != nil
            let title = english ? release.titleEn! : release.titleLt
            let body = english ? release.bodyEn! : release.bodyLt
            let unsubscribe = context.link("/atsisakyti/", .unsubscribe, subject: email.lowercased())
            let id = MailQueue.mailId(causedBy: envelope, about: contact.id, to: email)
            let content = context.composer.compose(
                .pressRelease, id: id, to: MailAddress(name: contact.name, address: email),
                language: english ? "en" : "lt",
                values: ["title": title, "body": Self.paragraphs(body), "unsubscribeURL": unsubscribe],
                date: envelope.occurredAt, unsubscribeURL: unsubscribe)
            try MailQueue.enqueue(content, kind: .pressRelease, id: id, causedBy: envelope, in: db)
        }
    }

    /// The release's text as paragraphs: blank lines separate them.
    static func paragraphs(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
