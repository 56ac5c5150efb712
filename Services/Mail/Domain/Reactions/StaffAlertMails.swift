import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// The alerts to staff: an event full (`event.filled`), a licence or consent
/// about to expire (`asset.expiry-warning`) and another unit's submission
/// reviewed (`submission.reviewed`). Each goes to every address of
/// `KOMUNIKA_STAFF_MAIL` (`MailContext.staff`), one mail each, in
/// Lithuanian, with the link to the thing's staff page; with no address,
/// none is written (komunika-mail says so in its log when it starts).
struct StaffAlertMails {
    let context: MailContext

    /// The first registration that takes an event's last place: one mail per
    /// event, whatever fills it again later (the id derives from the event).
    func filled(_ message: EventFilled, _ envelope: Envelope, in db: Database) throws {
        guard let event = try EventCopy.fetchOne(db, key: message.eventId.uuidString) else {
            throw ReactionFailure("the mail service has no event \(message.eventId.uuidString)")
        }
        let details = event.details
        let values: [String: Any] = [
            "eventTitle": details.title.lt, "capacity": message.capacity,
            "eventWhen": MailDates.dayAndTime(details.startsAt, language: "lt"), "eventWhere": details.venue.summary,
            "organisingUnit": details.organisingUnit,
            "staffURL": context.publicURL + "/renginiai/\(message.eventId.uuidString)",
        ]
        try alert(.eventFull, values: values, causedBy: envelope, in: db) { address in
            UUID(derivedFrom: "mail event-full \(message.eventId.uuidString) \(address.lowercased())")
        }
    }

    /// A licence or consent entered its warning period: the brand service
    /// warns of each once, so each warning is one mail.
    func expiring(_ message: AssetExpiryWarning, _ envelope: Envelope, in db: Database) throws {
        let day = CalendarDay(utc: message.expiresOn)
        let values: [String: Any] = [
            message.kind.rawValue: true, "assetTitle": message.assetTitle, "holder": message.holder,
            "expiresOn": MailDates.day(day),
            "daysLeft": message.daysLeft == 0
                ? "Šiandien paskutinė galiojimo diena." : "Liko \(MailDates.days(message.daysLeft)).",
            "staffURL": context.publicURL + "/zenklas/istekliai/\(message.assetId.uuidString)",
        ]
        let about = "\(message.kind.rawValue) \(message.assetId.uuidString) \(message.holder) \(day)"
        try alert(.rightsExpiring, values: values, causedBy: envelope, in: db) { address in
            MailQueue.mailId(causedBy: envelope, about: about, to: address)
        }
    }

    /// `submission.received`: what a later "reviewed" mail names, and who submitted.
    func received(_ message: SubmissionReceived, _ envelope: Envelope, in db: Database) throws {
        try SubmissionCopy(
            id: message.submissionId.uuidString, unit: message.content.unit, title: message.content.title,
            submittedBy: envelope.actor?.name
        ).save(db)
    }

    func reviewed(_ message: SubmissionReviewed, _ envelope: Envelope, in db: Database) throws {
        guard let submission = try SubmissionCopy.fetchOne(db, key: message.submissionId.uuidString) else {
            throw ReactionFailure("the mail service has no submission \(message.submissionId.uuidString)")
        }
        var values: [String: Any] = [
            "decision": Self.decisions[message.decision]!, "title": submission.title, "unit": submission.unit,
            "staffURL": context.publicURL + "/pateikimai/\(message.submissionId.uuidString)",
        ]
        if let name = submission.submittedBy { values["submittedBy"] = name }
        if let name = envelope.actor?.name { values["reviewer"] = name }
        if let comment = message.comment?.trimmingCharacters(in: .whitespacesAndNewlines), !comment.isEmpty {
            values["comment"] = comment
        }
        try alert(.submissionReviewed, values: values, causedBy: envelope, in: db) { address in
            MailQueue.mailId(causedBy: envelope, about: submission.id, to: address)
        }
    }

    /// What a decision made of the submission, as the mail's subject says it.
    static let decisions: [SubmissionDecision: String] = [
        .approve: "patvirtintas", .reject: "atmestas", .requestChanges: "grąžintas taisyti",
    ]

    /// One mail of `kind` to each staff address, with the id `mailId` gives it.
    private func alert(
        _ kind: MailKind, values: [String: Any], causedBy envelope: Envelope, in db: Database,
        mailId: (String) -> UUID
    ) throws {
        for address in context.staff {
            let id = mailId(address.address)
            let content = context.composer.compose(
                kind, id: id, to: address, values: values, date: envelope.occurredAt, greeting: "kolegos")
            try MailQueue.enqueue(content, kind: kind, id: id, causedBy: envelope, in: db)
        }
    }
}

extension MessageReactions {
    /// The messages `StaffAlertMails` answers, added to the mail service's reactions.
    func staffAlerts(_ context: MailContext) -> MessageReactions {
        let alerts = StaffAlertMails(context: context)
        return on(EventFilled.self, from: .events) { message, envelope, db in try alerts.filled(message, envelope, in: db) }
            .on(AssetExpiryWarning.self, from: .brand) { message, envelope, db in
                try alerts.expiring(message, envelope, in: db)
            }
            .on(SubmissionReceived.self, from: .campaigns) { message, envelope, db in
                try alerts.received(message, envelope, in: db)
            }
            .on(SubmissionReviewed.self, from: .campaigns) { message, envelope, db in
                try alerts.reviewed(message, envelope, in: db)
            }
    }
}
