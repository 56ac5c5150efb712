import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// One command's change, inside its write transaction (see
/// `CommandTransaction`), with what reads the service's tables.
typealias EventsChange = CommandTransaction

extension EventsChange {
    /// The event, or a `.notFound` refusal.
    func existingEvent(_ eventId: UUID) throws -> EventRecord {
        guard let event = try EventRecord.fetchOne(db, key: eventId.uuidString) else {
            throw CommandFailure(.notFound, "No event has the id \(eventId.uuidString).", details: ["eventId": eventId.uuidString])
        }
        return event
    }

    /// The registration for the event, or a `.notFound` refusal.
    func existingRegistration(_ registrationId: UUID, of eventId: UUID) throws -> RegistrationRecord {
        guard let registration = try RegistrationRecord.fetchOne(db, key: registrationId.uuidString),
            registration.eventId == eventId.uuidString
        else {
            throw CommandFailure(
                .notFound, "The event \(eventId.uuidString) has no registration with the id \(registrationId.uuidString).",
                details: ["eventId": eventId.uuidString, "registrationId": registrationId.uuidString])
        }
        return registration
    }
}

extension EventRecord {
    /// How staff recognise the event in a message: its Lithuanian title.
    var label: String { "\"\(titleLt)\"" }
}
