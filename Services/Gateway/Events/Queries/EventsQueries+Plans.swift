import Foundation
import GRDB
import GatewayKit
import MessageSchema

extension EventsQueries {
    static func planItem(id: UUID, in db: Database) throws -> PlanItem? {
        try Row.fetchOne(db, sql: "SELECT * FROM planItems WHERE id = ?", arguments: [id.uuidString])
            .map(PlanItem.init(row:))
    }

    /// The plan of `year` with its events, and per quarter: items planned,
    /// items executed (an event of theirs held), events held.
    static func plan(year: Int, in db: Database) throws -> PlanReport {
        let items = try Row.fetchAll(
            db, sql: "SELECT * FROM planItems WHERE year = ? ORDER BY quarter, title, id", arguments: [year]
        ).map(PlanItem.init(row:))
        let itemIds = Set(items.map(\.id))
        let linked = try Row.fetchAll(
            db,
            sql: """
                SELECT \(EventRecord.selection) FROM events e
                WHERE e.planItemId IN (SELECT id FROM planItems WHERE year = ?)
                ORDER BY e.startsAt, e.id
                """,
            arguments: [year]
        ).map(EventRecord.init(row:))
        let progress = items.map { item in
            PlanItemProgress(item: item, events: linked.filter { $0.details.planItemId == item.id })
        }
        let heldThisYear = try heldEvents(year: year, in: db)
        let quarters = (1...4).map { quarter in
            let planned = progress.filter { $0.item.quarter == quarter }
            let held = heldThisYear.filter { VilniusTime.quarter(of: $0.details.startsAt) == quarter }
            return QuarterExecution(
                quarter: quarter,
                plannedItems: planned.count,
                executedItems: planned.filter(\.executed).count,
                heldEvents: held.count,
                heldPlannedEvents: held.filter { $0.details.planItemId.map(itemIds.contains) ?? false }.count)
        }
        return PlanReport(year: year, items: progress, quarters: quarters)
    }

    /// Held events that started in `year`, Vilnius time.
    static func heldEvents(year: Int, in db: Database) throws -> [EventRecord] {
        guard let range = VilniusTime.year(year) else { return [] }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(EventRecord.selection) FROM events e
                WHERE e.status = 'held' AND e.startsAt >= ? AND e.startsAt < ?
                """,
            arguments: [range.start, range.end]
        ).map(EventRecord.init(row:))
    }
}
