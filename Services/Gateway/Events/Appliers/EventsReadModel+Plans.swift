import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about annual event plans.

extension EventsReadModel {
    func planItemAdded(_ message: PlanItemAdded, _ change: Change) throws {
        let item = message.item
        try requirePlanItemNotNewer(item.id, change)
        try change.db.execute(
            sql: """
                INSERT INTO planItems (id, year, title, type, quarter, organisingUnit, notes, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    year = excluded.year, title = excluded.title, type = excluded.type, quarter = excluded.quarter,
                    organisingUnit = excluded.organisingUnit, notes = excluded.notes, updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                item.id.uuidString, item.year, item.title, item.type.rawValue, item.quarter, item.organisingUnit,
                item.notes, change.seq,
            ])
    }

    func planItemChanged(_ message: PlanItemChanged, _ change: Change) throws {
        let item = message.item
        try requirePlanItemNotNewer(item.id, change)
        try change.db.execute(
            sql: """
                UPDATE planItems SET year = ?, title = ?, type = ?, quarter = ?, organisingUnit = ?, notes = ?,
                    updatedSeq = ?
                WHERE id = ?
                """,
            arguments: [
                item.year, item.title, item.type.rawValue, item.quarter, item.organisingUnit, item.notes, change.seq,
                item.id.uuidString,
            ])
        if change.db.changesCount == 0 {
            throw EventsReadModelError.unknownPlanItem(item.id, messageType: change.type)
        }
    }

    /// A plan item's `updatedSeq` is the last message that wrote it: an older one (retried late) does not.
    private func requirePlanItemNotNewer(_ id: UUID, _ change: Change) throws {
        try change.requireNotNewer("planItems", id: id, row: "plan item")
    }
}
