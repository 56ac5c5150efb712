import Foundation
import MessageSchema

/// An event as the events service keeps it.
public struct StoredEvent: Sendable, Equatable {
    public var id: UUID
    public var status: EventStatus
    public var details: EventDetails
    public var createdAt: Date
    public var updatedAt: Date
}

/// A registration as the events service keeps it.
public struct StoredRegistration: Sendable, Equatable {
    public var id: UUID
    public var eventId: UUID
    public var attendee: Attendee
    public var status: RegistrationStatus
    public var registeredAt: Date
    /// Arrival order within the event.
    public var queueNumber: Int64
    /// `nil` until attendance is recorded.
    public var attended: Bool?
}

/// How many registrations of an event are in each status.
public struct RegistrationCounts: Sendable, Equatable {
    public var accepted: Int
    public var waitlisted: Int
    public var cancelled: Int

    public init(accepted: Int, waitlisted: Int, cancelled: Int) {
        self.accepted = accepted
        self.waitlisted = waitlisted
        self.cancelled = cancelled
    }
}

extension EventRecord {
    var stored: StoredEvent {
        StoredEvent(id: eventId, status: status, details: details, createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension RegistrationRecord {
    var stored: StoredRegistration {
        StoredRegistration(
            id: registrationId, eventId: eventUUID, attendee: attendee, status: status, registeredAt: registeredAt,
            queueNumber: queueNumber, attended: attended)
    }
}
