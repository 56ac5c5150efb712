import Foundation
import GRDB
import MessageSchema

extension EventsChange {
    /// Cancels a registration; a place it frees goes to the oldest on the
    /// waiting list. Messages: `RegistrationCancelled`, then `RegistrationPromoted`.
    func cancel(_ command: CancelRegistration) throws -> RegistrationOutcome {
        var registration = try existingRegistration(command.registrationId, of: command.eventId)
        let event = try existingEvent(command.eventId)
        if registration.status == .cancelled {
            throw CommandFailure(
                .conflict, "The registration of \(registration.name) for \(event.label) is already cancelled.",
                details: ["registrationId": registration.id])
        }
        if event.status == .held {
            throw CommandFailure(
                .conflict, "The event \(event.label) is held: its registrations can no longer be cancelled.",
                details: ["eventId": event.id, "status": event.status.rawValue])
        }
        let previous = registration.status
        registration.status = .cancelled
        try registration.update(db)
        try publish(
            RegistrationCancelled(
                registrationId: command.registrationId, eventId: command.eventId, previousStatus: previous))
        let promoted = previous == .accepted ? try fillPlaces(of: event) : []
        return RegistrationOutcome(
            registrationId: command.registrationId, eventId: command.eventId, status: .cancelled,
            promotedRegistrationId: promoted.first)
    }
}
