import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// Reads of the events service's own tables.
public enum EventsQueries {
    public static func event(id: UUID, in db: Database) throws -> StoredEvent? {
        try EventRecord.fetchOne(db, key: id.uuidString)?.stored
    }

    public static func registration(id: UUID, in db: Database) throws -> StoredRegistration? {
        try RegistrationRecord.fetchOne(db, key: id.uuidString)?.stored
    }

    /// The event's registrations in arrival order, optionally of one status only.
    public static func registrations(
        eventId: UUID, status: RegistrationStatus? = nil, in db: Database
    ) throws -> [StoredRegistration] {
        var request = RegistrationRecord.forEvent(eventId)
        if let status { request = request.filter(Column("status") == status.rawValue) }
        return try request.order(Column("queueNumber")).fetchAll(db).map(\.stored)
    }

    public static func registrationCounts(eventId: UUID, in db: Database) throws -> RegistrationCounts {
        RegistrationCounts(
            accepted: try WaitingList.registrations.count(RegistrationStatus.accepted, of: eventId, in: db),
            waitlisted: try WaitingList.registrations.count(RegistrationStatus.waitlisted, of: eventId, in: db),
            cancelled: try WaitingList.registrations.count(RegistrationStatus.cancelled, of: eventId, in: db))
    }

    public static func planItem(id: UUID, in db: Database) throws -> PlanItem? {
        try PlanItemRecord.fetchOne(db, key: id.uuidString)?.item
    }
}
