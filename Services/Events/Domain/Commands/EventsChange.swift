import Foundation
import GRDB
import MessageSchema
import Store

/// One command's change, inside its write transaction: reads and writes the
/// tables and appends the messages announcing the change to the outbox.
struct EventsChange {
    let db: Database
    let source: String
    let correlationId: UUID?
    /// The command's time, to the millisecond as the database keeps it.
    let now: Date

    init(db: Database, source: String, correlationId: UUID?, now: Date = Date()) {
        self.db = db
        self.source = source
        self.correlationId = correlationId
        self.now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    func publish<M: Message>(_ message: M) throws {
        try Outbox.append(message, source: source, correlationId: correlationId, occurredAt: now, in: db)
    }

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
