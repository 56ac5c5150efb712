import Foundation
import GRDB
import MessageSchema
import ServiceKit

extension EventsChange {
    /// Takes a place if one is free, else a place on the waiting list. It all
    /// happens in the command's one write transaction, so places are never oversold.
    /// Message: `RegistrationAccepted` or `RegistrationWaitlisted`; with the
    /// acceptance that takes the last place, `EventFilled`.
    func register(_ command: RegisterAttendee) throws -> RegistrationOutcome {
        try AttendeeRules.validate(command.attendee)
        let attendee = AttendeeRules.normalised(command.attendee)
        let event = try existingEvent(command.eventId)
        guard event.status == .approved || event.status == .scheduled else {
            throw CommandFailure(
                .conflict, "Registration is closed: the event \(event.label) is \(event.status.rawValue).",
                details: ["eventId": event.id, "status": event.status.rawValue])
        }
        guard let capacity = event.capacity else {
            throw CommandFailure(
                .conflict, "The event \(event.label) takes no registrations (it has no capacity).", details: ["eventId": event.id])
        }
        if let existing = try RegistrationRecord.fetchOne(db, key: command.registrationId.uuidString) {
            throw CommandFailure(
                .conflict, "A registration with the id \(existing.id) exists already.", details: ["registrationId": existing.id])
        }
        try checkNotRegistered(attendee.email, for: event)

        let accepted = try WaitingList.registrations.count(RegistrationStatus.accepted, of: command.eventId, in: db)
        let registration = RegistrationRecord(
            id: command.registrationId.uuidString, eventId: event.id, name: attendee.name, email: attendee.email,
            organisation: attendee.organisation, status: accepted < capacity ? .accepted : .waitlisted,
            registeredAt: now, queueNumber: try WaitingList.registrations.nextQueueNumber(of: command.eventId, in: db), attended: nil)
        try registration.insert(db)

        if registration.status == .accepted {
            try publish(
                RegistrationAccepted(
                    registrationId: command.registrationId, eventId: command.eventId, attendee: attendee, registeredAt: now))
            if accepted + 1 == capacity {
                try publish(EventFilled(eventId: command.eventId, registrationId: command.registrationId, capacity: capacity))
            }
            return RegistrationOutcome(registrationId: command.registrationId, eventId: command.eventId, status: .accepted)
        }
        let position = try WaitingList.registrations.position(ofQueueNumber: registration.queueNumber, of: registration.eventUUID, in: db)
        try publish(
            RegistrationWaitlisted(
                registrationId: command.registrationId, eventId: command.eventId, attendee: attendee, registeredAt: now,
                position: position))
        return RegistrationOutcome(
            registrationId: command.registrationId, eventId: command.eventId, status: .waitlisted, position: position)
    }

    /// Refuses with `.conflict` an address already accepted or waitlisted for the event.
    private func checkNotRegistered(_ email: String, for event: EventRecord) throws {
        let key = AttendeeRules.emailKey(email)
        let active = try RegistrationRecord.forEvent(event.eventId)
            .filter(Column("status") != RegistrationStatus.cancelled.rawValue)
            .fetchAll(db)
        if let same = active.first(where: { AttendeeRules.emailKey($0.email) == key }) {
            throw CommandFailure(
                .conflict, "\(email) is already registered for \(event.label) (\(same.status.rawValue)).",
                details: ["registrationId": same.id, "status": same.status.rawValue])
        }
    }
}
