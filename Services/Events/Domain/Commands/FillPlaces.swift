import Foundation
import GRDB
import MessageSchema
import ServiceKit

extension WaitingList {
    /// An event's registrations: `registrations` by `eventId`.
    static let registrations = WaitingList(table: "registrations", listColumn: "eventId")
}

extension EventsChange {
    /// Accepts waitlisted registrations, oldest first, while the event has free
    /// places and still takes registrations. Message: `RegistrationPromoted` for each.
    @discardableResult
    func fillPlaces(of event: EventRecord) throws -> [UUID] {
        guard let capacity = event.capacity, event.status == .approved || event.status == .scheduled else { return [] }
        let promoted = try WaitingList.registrations.fillPlaces(capacity: capacity, of: event.eventId, in: db)
        for registrationId in promoted {
            try publish(RegistrationPromoted(registrationId: registrationId, eventId: event.eventId))
        }
        return promoted
    }
}
