import Foundation
import GRDB
import MessageSchema

/// Counting places and moving the waiting list up, oldest first.
enum Waitlist {
    static func count(_ status: RegistrationStatus, of eventId: UUID, in db: Database) throws -> Int {
        try RegistrationRecord.forEvent(eventId).filter(Column("status") == status.rawValue).fetchCount(db)
    }

    /// The waiting list's place of a waitlisted registration, 1 first.
    static func position(of registration: RegistrationRecord, in db: Database) throws -> Int {
        try RegistrationRecord.forEvent(registration.eventUUID)
            .filter(Column("status") == RegistrationStatus.waitlisted.rawValue)
            .filter(Column("queueNumber") <= registration.queueNumber)
            .fetchCount(db)
    }

    static func nextQueueNumber(of eventId: UUID, in db: Database) throws -> Int64 {
        let last = try Int64.fetchOne(
            db, sql: "SELECT MAX(queueNumber) FROM registrations WHERE eventId = ?", arguments: [eventId.uuidString])
        return (last ?? 0) + 1
    }
}

extension EventsChange {
    /// Accepts waitlisted registrations, oldest first, while the event has free
    /// places and still takes registrations. Message: `RegistrationPromoted` for each.
    @discardableResult
    func fillPlaces(of event: EventRecord) throws -> [UUID] {
        guard let capacity = event.capacity, event.status == .approved || event.status == .scheduled else { return [] }
        let free = capacity - (try Waitlist.count(.accepted, of: event.eventId, in: db))
        guard free > 0 else { return [] }
        let promoted = try RegistrationRecord.forEvent(event.eventId)
            .filter(Column("status") == RegistrationStatus.waitlisted.rawValue)
            .order(Column("queueNumber"))
            .limit(free)
            .fetchAll(db)
        for var registration in promoted {
            registration.status = .accepted
            try registration.update(db)
            try publish(RegistrationPromoted(registrationId: registration.registrationId, eventId: event.eventId))
        }
        return promoted.map(\.registrationId)
    }
}
