import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// One registration as the read model has it.
struct RegistrationRecord: Sendable, Equatable {
    var id: UUID
    var eventId: UUID
    var attendee: Attendee
    var status: RegistrationStatus
    /// Place on the waiting list, 1 first; only while waitlisted.
    var position: Int?
    var registeredAt: Date
    /// `nil` until attendance is recorded.
    var attended: Bool?
    var updatedSeq: Int64

    init(
        id: UUID, eventId: UUID, attendee: Attendee, status: RegistrationStatus, position: Int? = nil,
        registeredAt: Date, attended: Bool? = nil, updatedSeq: Int64
    ) {
        self.id = id
        self.eventId = eventId
        self.attendee = attendee
        self.status = status
        self.position = position
        self.registeredAt = registeredAt
        self.attended = attended
        self.updatedSeq = updatedSeq
    }

    init(row: Row) throws {
        let idText: String = row["id"]
        let eventIdText: String = row["eventId"]
        guard let id = UUID(uuidString: idText), let eventId = UUID(uuidString: eventIdText) else {
            throw UnreadableRow(table: "registrations", id: idText, column: "id")
        }
        guard let status = RegistrationStatus(rawValue: row["status"]) else {
            throw UnreadableRow(table: "registrations", id: idText, column: "status")
        }
        self.init(
            id: id, eventId: eventId,
            attendee: Attendee(name: row["name"], email: row["email"], organisation: row["organisation"]),
            status: status, position: row["position"], registeredAt: row["registeredAt"], attended: row["attended"],
            updatedSeq: row["updatedSeq"])
    }
}
