import Foundation

// Messages the events service publishes about annual event plans.

public struct PlanItemAdded: Message, Equatable {
    public static let type = "plan.item-added"
    public static let version = 1
    public var item: PlanItem

    public init(item: PlanItem) { self.item = item }
}

public struct PlanItemChanged: Message, Equatable {
    public static let type = "plan.item-changed"
    public static let version = 1
    /// The whole item after the change.
    public var item: PlanItem

    public init(item: PlanItem) { self.item = item }
}
