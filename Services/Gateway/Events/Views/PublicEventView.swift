import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// An upcoming event as the public API shows it (for lnb.lt): what a visitor
/// reads, the places left, and the addresses of its page and its `.ics`.
struct PublicEventView: Codable, Equatable, Sendable {
    var id: UUID
    var type: EventType
    var status: EventStatus
    var title: EventView.Title
    @ExplicitNull var description: EventView.Title?
    var startsAt: String
    var endsAt: String
    var venue: VenueView
    /// The place the `venue` filter matches: a hall of the library, else the city or the country.
    @ExplicitNull var place: String?
    /// Places for registration; `null` when the event takes no registrations.
    @ExplicitNull var capacity: Int?
    @ExplicitNull var placesLeft: Int?
    /// The event's public page, where one registers.
    var url: String
    var icsUrl: String

    init(_ record: EventRecord, publicURL: String) {
        let details = record.details
        id = record.id
        type = details.type
        status = record.status
        title = EventView.Title(lt: details.title.lt, en: details.title.en)
        description = details.description.map { EventView.Title(lt: $0.lt, en: $0.en) }
        startsAt = Timestamp.formatVilnius(details.startsAt)
        endsAt = Timestamp.formatVilnius(details.endsAt)
        venue = VenueView(details.venue)
        place = details.venue.place
        capacity = details.capacity
        placesLeft = record.placesLeft
        url = publicURL + PublicEventPaths.page(record.id)
        icsUrl = publicURL + PublicEventPaths.ics(record.id)
    }
}

/// The paths of the public's event pages.
enum PublicEventPaths {
    static let calendar = "/kalendorius"
    static func page(_ id: UUID) -> String { "/kalendorius/\(id.uuidString.lowercased())" }
    static func ics(_ id: UUID) -> String { page(id) + ".ics" }
    static func registration(_ id: UUID) -> String { page(id) + "/registracija" }
    static func cancel(token: String) -> String { "/registracija/atsaukti/\(token)" }
    static let privacy = "/privatumas"
}
