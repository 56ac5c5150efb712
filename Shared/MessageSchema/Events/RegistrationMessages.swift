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
