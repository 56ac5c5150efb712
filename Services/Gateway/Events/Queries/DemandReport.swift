import Foundation
import GatewayKit
import MessageSchema

/// Demand for a year's events: how many there were, how many people
/// registered, how full they were and how many are waiting.
public struct DemandReport: Sendable, Equatable {
    public var year: Int
    /// Every event type, in `EventType.allCases` order.
    public var byType: [DemandFigures]
    /// Months 1 to 12, by the month (Vilnius) the events start in.
    public var byMonth: [DemandFigures]
    public var total: DemandFigures
}

/// Demand figures of a group of events (a type, a month, the year).
public struct DemandFigures: Sendable, Equatable {
    /// `exhibition`, `2026-03` or `total`.
    public var key: String
    public var events: Int
    /// Places offered by the events of the group that take registrations.
    public var capacity: Int
    /// Registrations accepted (and not cancelled).
    public var accepted: Int
    /// Registrations on waiting lists now.
    public var waitlisted: Int
    /// Accepted registrations for events with a capacity, over that capacity.
    public var acceptedWithCapacity: Int

    public init(key: String, events: Int = 0, capacity: Int = 0, accepted: Int = 0, waitlisted: Int = 0, acceptedWithCapacity: Int = 0) {
        self.key = key
        self.events = events
        self.capacity = capacity
        self.accepted = accepted
        self.waitlisted = waitlisted
        self.acceptedWithCapacity = acceptedWithCapacity
    }

    /// accepted / capacity, for the events that have one; `nil` when none has.
    public var fillRate: Double? {
        capacity == 0 ? nil : Double(acceptedWithCapacity) / Double(capacity)
    }

    mutating func add(_ event: EventRecord) {
        events += 1
        accepted += event.acceptedCount
        waitlisted += event.waitlistedCount
        if let places = event.details.capacity, places > 0 {
            // Saturating: an absurd capacity must not stop the statistics.
            let (sum, overflow) = capacity.addingReportingOverflow(places)
            capacity = overflow ? Int.max : sum
            acceptedWithCapacity += event.acceptedCount
        }
    }
}
