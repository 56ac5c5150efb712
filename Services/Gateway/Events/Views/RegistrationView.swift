import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A registration as the API shows it; `position` only while waitlisted,
/// `attended` once recorded, `null` otherwise.
struct RegistrationView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var eventId: UUID
    var status: RegistrationStatus
    @ExplicitNull var position: Int?
    var name: String
    var email: String
    @ExplicitNull var organisation: String?
    var registeredAt: String
    @ExplicitNull var attended: Bool?

    init(_ record: RegistrationRecord) {
        id = record.id
        eventId = record.eventId
        status = record.status
        position = record.position
        name = record.attendee.name
        email = record.attendee.email
        organisation = record.attendee.organisation
        registeredAt = Timestamp.formatVilnius(record.registeredAt)
        attended = record.attended
    }
}

/// What cancelling a registration did, with who moved up from the waiting list.
struct RegistrationOutcomeView: ResponseEncodable, Decodable, Equatable {
    var registrationId: UUID
    var eventId: UUID
    var status: RegistrationStatus
    @ExplicitNull var position: Int?
    @ExplicitNull var promotedRegistrationId: UUID?

    init(_ outcome: RegistrationOutcome) {
        registrationId = outcome.registrationId
        eventId = outcome.eventId
        status = outcome.status
        position = outcome.position
        promotedRegistrationId = outcome.promotedRegistrationId
    }
}
