import Foundation
import GRDB
import MessageSchema

extension EventsChange {
    /// Stores a new event as proposed. Message: `EventProposed`.
    func propose(_ command: ProposeEvent) throws -> EventRef {
        try EventRules.validate(command.details)
        let details = EventRules.normalised(command.details)
        if let existing = try EventRecord.fetchOne(db, key: command.eventId.uuidString) {
            throw CommandFailure(
                .conflict, "An event with the id \(existing.id) exists already: \(existing.label).",
                details: ["eventId": existing.id])
        }
        try HallBooking.checkFree(details, for: command.eventId, in: db)
        try EventRecord(id: command.eventId, status: .proposed, details: details, createdAt: now).insert(db)
        try publish(EventProposed(eventId: command.eventId, details: details))
        return EventRef(eventId: command.eventId)
    }
}
