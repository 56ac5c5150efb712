import Foundation

// Messages the events service publishes about events. Each carries what a
// reader needs to keep its own copy without asking back.

public struct EventProposed: Message, Equatable {
    public static let type = "event.proposed"
    public static let version = 1
    public var eventId: UUID
    public var details: EventDetails

    public init(eventId: UUID, details: EventDetails) {
        self.eventId = eventId
        self.details = details
    }
}

public struct EventUpdated: Message, Equatable {
    public static let type = "event.updated"
    public static let version = 1
    public var eventId: UUID
    /// The whole description after the change.
    public var details: EventDetails

    public init(eventId: UUID, details: EventDetails) {
        self.eventId = eventId
        self.details = details
    }
}

public struct EventApproved: Message, Equatable {
    public static let type = "event.approved"
    public static let version = 1
    public var eventId: UUID

    public init(eventId: UUID) { self.eventId = eventId }
}

public struct EventScheduled: Message, Equatable {
    public static let type = "event.scheduled"
    public static let version = 1
    public var eventId: UUID
    public var details: EventDetails

    public init(eventId: UUID, details: EventDetails) {
        self.eventId = eventId
        self.details = details
    }
}

public struct EventHeld: Message, Equatable {
    public static let type = "event.held"
    public static let version = 1
    public var eventId: UUID
    public var eventType: EventType

    public init(eventId: UUID, eventType: EventType) {
        self.eventId = eventId
        self.eventType = eventType
    }
}

public struct EventCancelled: Message, Equatable {
    public static let type = "event.cancelled"
    public static let version = 1
    public var eventId: UUID
    public var reason: String?

    public init(eventId: UUID, reason: String?) {
        self.eventId = eventId
        self.reason = reason
    }
}
