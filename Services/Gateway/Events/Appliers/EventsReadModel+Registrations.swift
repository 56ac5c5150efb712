import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about registrations: acceptance, the waiting list, cancellation
// and attendance. Waiting-list positions are kept 1, 2, 3 … with no gaps.
// Order guards (`RowSeq`): a registration's `updatedSeq` is the last
// message about it, an event's `waitlistSeq` the last that moved its waiting
// list; an older message (a dead letter retried late) changes neither.

extension EventsReadModel {
    func accepted(_ message: RegistrationAccepted, _ change: Change) throws {
        try requireEvent(message.eventId, change)
        try requireRegistrationNotNewer(message.registrationId, change)
        try insertRegistration(
            id: message.registrationId, eventId: message.eventId, attendee: message.attendee,
            status: .accepted, position: nil, registeredAt: message.registeredAt, change)
        try touchEvent(message.eventId, change)
    }

    func waitlisted(_ message: RegistrationWaitlisted, _ change: Change) throws {
        try requireEvent(message.eventId, change)
        try requireRegistrationNotNewer(message.registrationId, change)
        try movesWaitlist(message.eventId, change)
        try change.db.execute(
            sql: """
                UPDATE registrations SET position = position + 1
                WHERE eventId = ? AND status = 'waitlisted' AND position >= ? AND id <> ?
                """,
            arguments: [message.eventId.uuidString, message.position, message.registrationId.uuidString])
        try insertRegistration(
            id: message.registrationId, eventId: message.eventId, attendee: message.attendee,
            status: .waitlisted, position: message.position, registeredAt: message.registeredAt, change)
        try touchEvent(message.eventId, change)
    }

    func promoted(_ message: RegistrationPromoted, _ change: Change) throws {
        let position = try currentPosition(message.registrationId, eventId: message.eventId, change)
        try requireRegistrationNotNewer(message.registrationId, change)
        if position != nil { try movesWaitlist(message.eventId, change) }
        try setStatus(.accepted, of: message.registrationId, change)
        try closeGap(after: position, eventId: message.eventId, change)
        try touchEvent(message.eventId, change)
    }

    func registrationCancelled(_ message: RegistrationCancelled, _ change: Change) throws {
        let position = try currentPosition(message.registrationId, eventId: message.eventId, change)
        try requireRegistrationNotNewer(message.registrationId, change)
        if position != nil { try movesWaitlist(message.eventId, change) }
        try setStatus(.cancelled, of: message.registrationId, change)
        try closeGap(after: position, eventId: message.eventId, change)
        try touchEvent(message.eventId, change)
    }

    func attendance(_ message: AttendanceRecorded, _ change: Change) throws {
        try requireRegistrationNotNewer(message.registrationId, change)
        try change.db.execute(
            sql: "UPDATE registrations SET attended = ?, updatedSeq = ? WHERE id = ? AND eventId = ?",
            arguments: [message.attended, change.seq, message.registrationId.uuidString, message.eventId.uuidString])
        if change.db.changesCount == 0 {
            throw EventsReadModelError.unknownRegistration(
                message.registrationId, eventId: message.eventId, messageType: change.type)
        }
    }

    private func insertRegistration(
        id: UUID, eventId: UUID, attendee: Attendee, status: RegistrationStatus, position: Int?,
        registeredAt: Date, _ change: Change
    ) throws {
        try change.db.execute(
            sql: """
                INSERT INTO registrations
                    (id, eventId, name, email, organisation, status, position, registeredAt, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    name = excluded.name, email = excluded.email, organisation = excluded.organisation,
                    status = excluded.status, position = excluded.position,
                    registeredAt = excluded.registeredAt, updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                id.uuidString, eventId.uuidString, attendee.name, attendee.email, attendee.organisation,
                status.rawValue, position, registeredAt, change.seq,
            ])
    }

    /// The registration's waiting-list position (`nil` when not waitlisted);
    /// throws when the read model does not have it for that event.
    private func currentPosition(_ id: UUID, eventId: UUID, _ change: Change) throws -> Int? {
        let row = try Row.fetchOne(
            change.db, sql: "SELECT status, position FROM registrations WHERE id = ? AND eventId = ?",
            arguments: [id.uuidString, eventId.uuidString])
        guard let row else {
            throw EventsReadModelError.unknownRegistration(id, eventId: eventId, messageType: change.type)
        }
        let status: String = row["status"]
        return status == RegistrationStatus.waitlisted.rawValue ? row["position"] : nil
    }

    private func setStatus(_ status: RegistrationStatus, of id: UUID, _ change: Change) throws {
        try change.db.execute(
            sql: "UPDATE registrations SET status = ?, position = NULL, updatedSeq = ? WHERE id = ?",
            arguments: [status.rawValue, change.seq, id.uuidString])
    }

    /// Moves everyone behind `position` one place up the waiting list.
    private func closeGap(after position: Int?, eventId: UUID, _ change: Change) throws {
        guard let position else { return }
        try change.db.execute(
            sql: """
                UPDATE registrations SET position = position - 1
                WHERE eventId = ? AND status = 'waitlisted' AND position > ?
                """,
            arguments: [eventId.uuidString, position])
    }

    private func requireEvent(_ id: UUID, _ change: Change) throws {
        let known =
            try Bool.fetchOne(
                change.db, sql: "SELECT EXISTS (SELECT 1 FROM events WHERE id = ?)", arguments: [id.uuidString]) ?? false
        if !known { throw EventsReadModelError.unknownEvent(id, messageType: change.type) }
    }

    /// The event's registration counts changed: its `updatedSeq` moves on (never back).
    private func touchEvent(_ id: UUID, _ change: Change) throws {
        try change.db.execute(
            sql: "UPDATE events SET updatedSeq = MAX(updatedSeq, ?) WHERE id = ?", arguments: [change.seq, id.uuidString])
        if change.db.changesCount == 0 { throw EventsReadModelError.unknownEvent(id, messageType: change.type) }
    }

    private func requireRegistrationNotNewer(_ id: UUID, _ change: Change) throws {
        try change.requireNotNewer("registrations", id: id, row: "registration")
    }

    /// The message moves the event's waiting list: refused when a newer
    /// message moved it (the positions it would shift are not the ones it saw).
    private func movesWaitlist(_ id: UUID, _ change: Change) throws {
        try requireNotNewer(id, "waitlistSeq", change)
        try change.db.execute(
            sql: "UPDATE events SET waitlistSeq = ? WHERE id = ?", arguments: [change.seq, id.uuidString])
    }
}
