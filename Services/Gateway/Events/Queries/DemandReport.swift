import Foundation
import GatewayKit
import MessageSchema

/// Demand for a year's events: how many there were, how many people
/// registered, how full they were and how many are waiting.
struct DemandReport: Sendable, Equatable {
    var year: Int
    /// Every event type, in `EventType.allCases` order.
    var byType: [DemandFigures]
    /// Months 1 to 12, by the month (Vilnius) the events start in.
    var byMonth: [DemandFigures]
    var total: DemandFigures
}

/// Demand figures of a group of events (a type, a month, the year).
struct DemandFigures: Sendable, Equatable {
    /// `exhibition`, `2026-03` or `total`.
    var key: String
    var events: Int
    /// Places offered by the events of the group that take registrations.
    var capacity: Int
    /// Registrations accepted (and not cancelled).
    var accepted: Int
    /// Registrations on waiting lists now.
    var waitlisted: Int
    /// Accepted registrations for events with a capacity, over that capacity.
    var acceptedWithCapacity: Int

    init(key: String, events: Int = 0, capacity: Int = 0, accepted: Int = 0, waitlisted: Int = 0, acceptedWithCapacity: Int = 0) {
        self.key = key
        self.events = events
        self.capacity = capacity
        self.accepted = accepted
        self.waitlisted = waitlisted
        self.acceptedWithCapacity = acceptedWithCapacity
    }

    /// accepted / capacity, for the events that have one; `nil` when none has.
    var fillRate: Double? {
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
