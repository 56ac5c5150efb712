import Foundation
import GatewayKit
import MessageSchema

/// An annual event plan and how far it has been carried out.
public struct PlanReport: Sendable, Equatable {
    public var year: Int
    public var items: [PlanItemProgress]
    /// Quarters 1 to 4, always all four.
    public var quarters: [QuarterExecution]
}

/// A plan item with the events organised under it.
public struct PlanItemProgress: Sendable, Equatable {
    public var item: PlanItem
    /// Events whose `planItemId` is this item, by start.
    public var events: [EventRecord]
    /// At least one of its events has been held.
    public var executed: Bool { events.contains { $0.status == .held } }
}

/// Execution of a plan in one quarter.
public struct QuarterExecution: Sendable, Equatable {
    public var quarter: Int
    /// Plan items planned for this quarter.
    public var plannedItems: Int
    /// Of those, the items with at least one held event.
    public var executedItems: Int
    /// Events held that started in this quarter, planned or not.
    public var heldEvents: Int
    /// Of those, the events that belong to an item of this year's plan.
    public var heldPlannedEvents: Int

    /// executedItems / plannedItems; `nil` when nothing was planned.
    public var executionRate: Double? {
        plannedItems == 0 ? nil : Double(executedItems) / Double(plannedItems)
    }
}
