import Foundation
import GatewayKit
import MessageSchema

/// An annual event plan and how far it has been carried out.
struct PlanReport: Sendable, Equatable {
    var year: Int
    var items: [PlanItemProgress]
    /// Quarters 1 to 4, always all four.
    var quarters: [QuarterExecution]
}

/// A plan item with the events organised under it.
struct PlanItemProgress: Sendable, Equatable {
    var item: PlanItem
    /// Events whose `planItemId` is this item, by start.
    var events: [EventRecord]
    /// At least one of its events has been held.
    var executed: Bool { events.contains { $0.status == .held } }
}

/// Execution of a plan in one quarter.
struct QuarterExecution: Sendable, Equatable {
    var quarter: Int
    /// Plan items planned for this quarter.
    var plannedItems: Int
    /// Of those, the items with at least one held event.
    var executedItems: Int
    /// Events held that started in this quarter, planned or not.
    var heldEvents: Int
    /// Of those, the events that belong to an item of this year's plan.
    var heldPlannedEvents: Int

    /// executedItems / plannedItems; `nil` when nothing was planned.
    var executionRate: Double? {
        plannedItems == 0 ? nil : Double(executedItems) / Double(plannedItems)
    }
}
