import Foundation
import GatewayKit
import MessageSchema

/// Which events a list shows.
struct EventFilter: Sendable, Equatable {
    /// Events that end after this instant (overlap with [from, to)).
    var from: Date?
    /// Events that start before this instant.
    var to: Date?
    /// Any of these types; empty means every type.
    var types: Set<EventType>
    /// Any of these statuses; empty means every status.
    var statuses: Set<EventStatus>
    /// Words every one of which a title or description (LT or EN) has,
    /// as a word or the start of one, diacritics ignored.
    var text: String?
    /// Events at this place: a library hall's name, else the city (or the country), as `Venue.place` has it.
    var venue: String?

    init(
        from: Date? = nil, to: Date? = nil, types: Set<EventType> = [], statuses: Set<EventStatus> = [],
        text: String? = nil, venue: String? = nil
    ) {
        self.venue = venue
        self.from = from
        self.to = to
        self.types = types
        self.statuses = statuses
        self.text = text
    }
}

/// The order of an event list.
enum EventSort: String, Sendable, CaseIterable {
    /// By start, earliest first.
    case startsAt
    /// By Lithuanian title, in Lithuanian alphabetical order.
    case title
}

/// One page of events and how many match in all.
struct EventPage: Sendable, Equatable {
    var items: [EventRecord]
    var total: Int
    var page: Page
}
