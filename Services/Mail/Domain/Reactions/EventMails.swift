import Foundation
import GRDB
import ICalendar
import MessageSchema

/// The mails about events: a registration accepted, waitlisted or promoted,
/// and an event cancelled or moved, each with the link that cancels one's
/// own registration and (but for the waiting list) the event's `.ics`.
struct EventMails {
    let context: MailContext

    func keep(_ eventId: UUID, details: EventDetails, status: EventStatus, at date: Date, in db: Database) throws {
        if var copy = try EventCopy.fetchOne(db, key: eventId.uuidString) {
            let moved =
                copy.details.startsAt != details.startsAt || copy.details.endsAt != details.endsAt
                || copy.details.venue != details.venue
            copy.details = details
            copy.status = status
            if moved { copy.sequence += 1 }
            copy.updatedAt = date
            try copy.update(db)
        } else {
            try EventCopy(id: eventId.uuidString, details: details, status: status, sequence: 0, updatedAt: date)
                .insert(db)
        }
    }

    func setStatus(_ eventId: UUID, _ status: EventStatus, at date: Date, in db: Database) throws {
        var copy = try event(eventId, in: db)
        copy.status = status
        copy.updatedAt = date
        try copy.update(db)
    }

    /// `event.updated`: when a scheduled event's time or place changed, every
    /// registered person (accepted or waiting) gets the new time and place and
    /// the new `.ics` (same UID, the next SEQUENCE); the subject says which changed.
    func updated(_ message: EventUpdated, _ envelope: Envelope, in db: Database) throws {
        let before = try EventCopy.fetchOne(db, key: message.eventId.uuidString)
        try keep(
            message.eventId, details: message.details, status: before?.status ?? .proposed,
            at: envelope.occurredAt, in: db)
        guard let before, before.status == .scheduled else { return }
        let timeChanged =
            before.details.startsAt != message.details.startsAt || before.details.endsAt != message.details.endsAt
        let placeChanged = before.details.venue != message.details.venue
        guard timeChanged || placeChanged else { return }
        let event = try self.event(message.eventId, in: db)
        let extra: [String: Any] = ["timeChanged": timeChanged, "placeChanged": placeChanged]
        for registration in try RegistrationCopy.active(eventId: message.eventId).fetchAll(db) {
            try mail(.eventMoved, registration, event: event, method: .request, extra: extra, causedBy: envelope, in: db)
        }
    }

    func cancelled(_ message: EventCancelled, _ envelope: Envelope, in db: Database) throws {
        try setStatus(message.eventId, .cancelled, at: envelope.occurredAt, in: db)
        let event = try self.event(message.eventId, in: db)
        let reason = message.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let extra: [String: Any] = reason.isEmpty ? [:] : ["reason": reason]
        for registration in try RegistrationCopy.active(eventId: message.eventId).fetchAll(db) {
            try mail(.eventCancelled, registration, event: event, method: .cancel, extra: extra, causedBy: envelope, in: db)
        }
    }

    func registered(
        _ registrationId: UUID, eventId: UUID, attendee: Attendee, status: RegistrationStatus, position: Int?,
        _ envelope: Envelope, in db: Database
    ) throws {
        let registration = RegistrationCopy(
            id: registrationId.uuidString, eventId: eventId.uuidString, name: attendee.name, email: attendee.email,
            status: status)
        try registration.save(db)
        let event = try self.event(eventId, in: db)
        if let position {
            try mail(
                .registrationWaitlisted, registration, event: event, method: nil, extra: ["position": position],
                causedBy: envelope, in: db)
        } else {
            try mail(.registrationAccepted, registration, event: event, method: .request, causedBy: envelope, in: db)
        }
    }

    func promoted(_ message: RegistrationPromoted, _ envelope: Envelope, in db: Database) throws {
        var registration = try self.registration(message.registrationId, in: db)
        registration.status = .accepted
        try registration.update(db)
        let event = try self.event(message.eventId, in: db)
        try mail(.registrationPromoted, registration, event: event, method: .request, causedBy: envelope, in: db)
    }

    func cancelledRegistration(_ message: RegistrationCancelled, in db: Database) throws {
        var registration = try self.registration(message.registrationId, in: db)
        registration.status = .cancelled
        try registration.update(db)
    }

    // MARK: Writing one

    private func mail(
        _ kind: MailKind, _ registration: RegistrationCopy, event: EventCopy, method: ICalendar.Method?,
        extra: [String: Any] = [:], causedBy envelope: Envelope, in db: Database
    ) throws {
        let details = event.details
        var values: [String: Any] = [
            "eventTitle": details.title.lt,
            "eventWhen": MailDates.dayAndTime(details.startsAt, language: "lt"),
            "eventWhere": details.venue.summary,
            "cancelURL": context.link("/registracija/atsaukti/", .cancelRegistration, subject: registration.id),
        ]
        values.merge(extra) { _, new in new }
        let to = MailAddress(name: registration.name, address: registration.email)
        var attachments: [MailAttachment] = []
        if let method {
            let calendarEvent = CalendarEvent(
                id: UUID(uuidString: event.id)!, details: details, cancelled: method == .cancel,
                updatedAt: event.updatedAt, sequence: event.sequence)
            let document = ICalendar.document(
                for: [calendarEvent], name: nil, method: method,
                invitation: .init(organizer: context.composer.from.address, attendee: registration.email))
            attachments.append(
                MailAttachment(
                    filename: "renginys.ics", contentType: "text/calendar; charset=utf-8; method=\(method.rawValue)",
                    data: Data(document.utf8)))
        }
        let id = MailQueue.mailId(causedBy: envelope, about: registration.id, to: registration.email)
        let content = context.composer.compose(
            kind, id: id, to: to, values: values, date: envelope.occurredAt, attachments: attachments)
        try MailQueue.enqueue(content, kind: kind, id: id, causedBy: envelope, in: db)
    }

    private func event(_ id: UUID, in db: Database) throws -> EventCopy {
        guard let event = try EventCopy.fetchOne(db, key: id.uuidString) else {
            throw ReactionFailure("the mail service has no event \(id.uuidString)")
        }
        return event
    }

    private func registration(_ id: UUID, in db: Database) throws -> RegistrationCopy {
        guard let registration = try RegistrationCopy.fetchOne(db, key: id.uuidString) else {
            throw ReactionFailure("the mail service has no registration \(id.uuidString)")
        }
        return registration
    }
}

/// Why a message could not be applied; the consumer dead-letters it with this text.
public struct ReactionFailure: Error, CustomStringConvertible, Equatable {
    public let description: String

    init(_ description: String) { self.description = description }
}
