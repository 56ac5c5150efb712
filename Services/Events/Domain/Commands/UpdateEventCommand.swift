import Foundation
import GRDB
import MessageSchema
import ServiceKit

extension EventsChange {
    /// Changes an event that is not held or cancelled. Messages: `EventUpdated`
    /// with the whole description, then `RegistrationPromoted` for each person a
    /// larger capacity lets in from the waiting list.
    func update(_ command: UpdateEvent) throws -> EventRef {
        if command.patch.isEmpty {
            throw CommandFailure(.invalid, "The patch changes nothing: give at least one field to change.", details: ["field": "patch"])
        }
        var event = try existingEvent(command.eventId)
        if event.status == .held || event.status == .cancelled {
            throw CommandFailure(
                .conflict, "The event \(event.label) is \(event.status.rawValue): a \(event.status.rawValue) event cannot be changed.",
                details: ["eventId": event.id, "status": event.status.rawValue])
        }
        let changed = command.patch.applied(to: event.details)
        try EventRules.validate(changed)
        let details = EventRules.normalised(changed)
        if let capacity = details.capacity {
            let accepted = try WaitingList.registrations.count(RegistrationStatus.accepted, of: command.eventId, in: db)
            if capacity < accepted {
                throw CommandFailure(
                    .conflict,
                    "The capacity of \(event.label) cannot be \(capacity): \(accepted) registrations are already accepted.",
                    details: ["eventId": event.id, "acceptedCount": String(accepted)])
            }
        }
        try HallBooking.checkFree(details, for: command.eventId, in: db)
        event.details = details
        event.updatedAt = now
        try event.update(db)
        try publish(EventUpdated(eventId: command.eventId, details: details))
        try fillPlaces(of: event)
        return EventRef(eventId: command.eventId)
    }
}
