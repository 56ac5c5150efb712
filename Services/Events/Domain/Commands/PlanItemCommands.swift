import Foundation
import GRDB
import MessageSchema

extension EventsChange {
    /// Adds a line to an annual event plan. Message: `PlanItemAdded`.
    func addPlanItem(_ command: AddPlanItem) throws -> PlanItem {
        try PlanRules.validate(command.item)
        let item = PlanRules.normalised(command.item)
        if let existing = try PlanItemRecord.fetchOne(db, key: item.id.uuidString) {
            throw CommandFailure(
                .conflict, "A plan item with the id \(existing.id) exists already: \"\(existing.title)\" (\(existing.year)).",
                details: ["planItemId": existing.id])
        }
        try PlanItemRecord(item).insert(db)
        try publish(PlanItemAdded(item: item))
        return item
    }

    /// Replaces a line of an annual event plan. Message: `PlanItemChanged`.
    func changePlanItem(_ command: ChangePlanItem) throws -> PlanItem {
        try PlanRules.validate(command.item)
        let item = PlanRules.normalised(command.item)
        guard try PlanItemRecord.exists(db, key: item.id.uuidString) else {
            throw CommandFailure(
                .notFound, "No plan item has the id \(item.id.uuidString).", details: ["planItemId": item.id.uuidString])
        }
        try PlanItemRecord(item).update(db)
        try publish(PlanItemChanged(item: item))
        return item
    }
}
