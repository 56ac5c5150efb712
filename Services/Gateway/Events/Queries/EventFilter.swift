import Foundation
import GatewayKit
import MessageSchema

/// Which events a list shows.
public struct EventFilter: Sendable, Equatable {
    /// Events that end after this instant (overlap with [from, to)).
    public var from: Date?
    /// Events that start before this instant.
    public var to: Date?
    /// Any of these types; empty means every type.
    public var types: Set<EventType>
    /// Any of these statuses; empty means every status.
    public var statuses: Set<EventStatus>
    /// Words every one of which a title or description (LT or EN) has,
    /// as a word or the start of one, diacritics ignored.
    public var text: String?

    public init(
        from: Date? = nil, to: Date? = nil, types: Set<EventType> = [], statuses: Set<EventStatus> = [],
        text: String? = nil
    ) {
        self.from = from
        self.to = to
        self.types = types
        self.statuses = statuses
        self.text = text
    }
}

/// The order of an event list.
public enum EventSort: String, Sendable, CaseIterable {
    /// By start, earliest first.
    case startsAt
    /// By Lithuanian title, in Lithuanian alphabetical order.
    case title
}

/// One page of events and how many match in all.
public struct EventPage: Sendable, Equatable {
    public var items: [EventRecord]
    public var total: Int
    public var page: Page
}
