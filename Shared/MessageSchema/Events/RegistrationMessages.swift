import Foundation

// Messages the events service publishes about registrations and attendance.

public struct RegistrationAccepted: Message, Equatable {
    public static let type = "registration.accepted"
    public static let version = 1
    public var registrationId: UUID
    public var eventId: UUID
    public var attendee: Attendee
    public var registeredAt: Date

    public init(registrationId: UUID, eventId: UUID, attendee: Attendee, registeredAt: Date) {
        self.registrationId = registrationId
        self.eventId = eventId
        self.attendee = attendee
        self.registeredAt = registeredAt
    }
}

public struct RegistrationWaitlisted: Message, Equatable {
    public static let type = "registration.waitlisted"
    public static let version = 1
    public var registrationId: UUID
    public var eventId: UUID
    public var attendee: Attendee
    public var registeredAt: Date
    /// 1 is the next to be promoted.
    public var position: Int

    public init(registrationId: UUID, eventId: UUID, attendee: Attendee, registeredAt: Date, position: Int) {
        self.registrationId = registrationId
        self.eventId = eventId
        self.attendee = attendee
        self.registeredAt = registeredAt
        self.position = position
    }
}

public struct RegistrationPromoted: Message, Equatable {
    public static let type = "registration.promoted"
    public static let version = 1
    public var registrationId: UUID
    public var eventId: UUID

    public init(registrationId: UUID, eventId: UUID) {
        self.registrationId = registrationId
        self.eventId = eventId
    }
}

public struct RegistrationCancelled: Message, Equatable {
    public static let type = "registration.cancelled"
    public static let version = 1
    public var registrationId: UUID
    public var eventId: UUID
    /// What the registration was before: accepted or waitlisted.
    public var previousStatus: RegistrationStatus

    public init(registrationId: UUID, eventId: UUID, previousStatus: RegistrationStatus) {
        self.registrationId = registrationId
        self.eventId = eventId
        self.previousStatus = previousStatus
    }
}

public struct AttendanceRecorded: Message, Equatable {
    public static let type = "attendance.recorded"
    public static let version = 1
    public var registrationId: UUID
    public var eventId: UUID
    public var attended: Bool

    public init(registrationId: UUID, eventId: UUID, attended: Bool) {
        self.registrationId = registrationId
        self.eventId = eventId
        self.attended = attended
    }
}

/// A registration took an event's last free place: the next one waits.
/// Published with that registration's `registration.accepted`; the
/// waitlistings after it publish nothing of the kind (a place freed and
/// taken again by a new registration fills the event again).
public struct EventFilled: Message, Equatable {
    public static let type = "event.filled"
    public static let version = 1
    public var eventId: UUID
    /// The registration that took the last place.
    public var registrationId: UUID
    /// The places the event has, all taken.
    public var capacity: Int

    public init(eventId: UUID, registrationId: UUID, capacity: Int) {
        self.eventId = eventId
        self.registrationId = registrationId
        self.capacity = capacity
    }
}
