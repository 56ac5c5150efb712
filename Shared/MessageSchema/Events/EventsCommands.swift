import Foundation

// Commands the events service accepts on its ROUTER.

public struct EventRef: Codable, Sendable, Equatable {
    public var eventId: UUID
    public init(eventId: UUID) { self.eventId = eventId }
}

public struct ProposeEvent: Command, Equatable {
    public static let name = "events.propose-event"
    public typealias Result = EventRef
    /// Chosen by the caller, so a retry names the same event.
    public var eventId: UUID
    public var details: EventDetails

    public init(eventId: UUID = UUID(), details: EventDetails) {
        self.eventId = eventId
        self.details = details
    }
}

/// Fields to change; absent fields stay as they are.
public struct EventPatch: Codable, Sendable, Equatable {
    public var type: EventType?
    public var title: LocalizedText?
    public var description: LocalizedText?
    public var startsAt: Date?
    public var endsAt: Date?
    public var venue: Venue?
    public var organisingUnit: String?
    public var capacity: Int?
    public var planItemId: UUID?

    public init(
        type: EventType? = nil, title: LocalizedText? = nil, description: LocalizedText? = nil,
        startsAt: Date? = nil, endsAt: Date? = nil, venue: Venue? = nil, organisingUnit: String? = nil,
        capacity: Int? = nil, planItemId: UUID? = nil
    ) {
        self.type = type
        self.title = title
        self.description = description
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.venue = venue
        self.organisingUnit = organisingUnit
        self.capacity = capacity
        self.planItemId = planItemId
    }

    public var isEmpty: Bool { self == EventPatch() }

    public func applied(to details: EventDetails) -> EventDetails {
        var result = details
        if let type { result.type = type }
        if let title { result.title = title }
        if let description { result.description = description }
        if let startsAt { result.startsAt = startsAt }
        if let endsAt { result.endsAt = endsAt }
        if let venue { result.venue = venue }
        if let organisingUnit { result.organisingUnit = organisingUnit }
        if let capacity { result.capacity = capacity }
        if let planItemId { result.planItemId = planItemId }
        return result
    }
}

public struct UpdateEvent: Command, Equatable {
    public static let name = "events.update-event"
    public typealias Result = EventRef
    public var eventId: UUID
    public var patch: EventPatch

    public init(eventId: UUID, patch: EventPatch) {
        self.eventId = eventId
        self.patch = patch
    }
}

public struct TransitionEvent: Command, Equatable {
    public static let name = "events.transition-event"
    public typealias Result = EventRef
    public var eventId: UUID
    public var to: EventStatus
    public var reason: String?

    public init(eventId: UUID, to: EventStatus, reason: String? = nil) {
        self.eventId = eventId
        self.to = to
        self.reason = reason
    }
}

public struct RegistrationOutcome: Codable, Sendable, Equatable {
    public var registrationId: UUID
    public var eventId: UUID
    public var status: RegistrationStatus
    /// Place on the waiting list, 1 first; only while waitlisted.
    public var position: Int?
    /// Who moved up from the waiting list because of this command.
    public var promotedRegistrationId: UUID?

    public init(registrationId: UUID, eventId: UUID, status: RegistrationStatus, position: Int? = nil, promotedRegistrationId: UUID? = nil) {
        self.registrationId = registrationId
        self.eventId = eventId
        self.status = status
        self.position = position
        self.promotedRegistrationId = promotedRegistrationId
    }
}

public struct RegisterAttendee: Command, Equatable {
    public static let name = "events.register"
    public typealias Result = RegistrationOutcome
    public var registrationId: UUID
    public var eventId: UUID
    public var attendee: Attendee

    public init(registrationId: UUID = UUID(), eventId: UUID, attendee: Attendee) {
        self.registrationId = registrationId
        self.eventId = eventId
        self.attendee = attendee
    }
}

public struct CancelRegistration: Command, Equatable {
    public static let name = "events.cancel-registration"
    public typealias Result = RegistrationOutcome
    public var eventId: UUID
    public var registrationId: UUID

    public init(eventId: UUID, registrationId: UUID) {
        self.eventId = eventId
        self.registrationId = registrationId
    }
}

public struct RecordAttendance: Command, Equatable {
    public static let name = "events.record-attendance"
    public typealias Result = RegistrationOutcome
    public var eventId: UUID
    public var registrationId: UUID
    public var attended: Bool

    public init(eventId: UUID, registrationId: UUID, attended: Bool) {
        self.eventId = eventId
        self.registrationId = registrationId
        self.attended = attended
    }
}

public struct AddPlanItem: Command, Equatable {
    public static let name = "events.add-plan-item"
    public typealias Result = PlanItem
    public var item: PlanItem

    public init(item: PlanItem) { self.item = item }
}

public struct ChangePlanItem: Command, Equatable {
    public static let name = "events.change-plan-item"
    public typealias Result = PlanItem
    public var item: PlanItem

    public init(item: PlanItem) { self.item = item }
}
