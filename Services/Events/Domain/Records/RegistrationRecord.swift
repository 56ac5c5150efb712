import Foundation
import GRDB
import MessageSchema

/// A row of `registrations`.
struct RegistrationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "registrations"

    var id: String
    var eventId: String
    var name: String
    var email: String
    var organisation: String?
    var status: RegistrationStatus
    var registeredAt: Date
    /// Arrival order within the event; the waiting list moves up by it.
    var queueNumber: Int64
    /// `nil` until attendance is recorded.
    var attended: Bool?

    var registrationId: UUID { UUID(uuidString: id)! }
    var eventUUID: UUID { UUID(uuidString: eventId)! }
    var attendee: Attendee { Attendee(name: name, email: email, organisation: organisation) }

    static func forEvent(_ eventId: UUID) -> QueryInterfaceRequest<RegistrationRecord> {
        filter(Column("eventId") == eventId.uuidString)
    }
}
