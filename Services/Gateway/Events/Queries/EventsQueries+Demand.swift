import Foundation
import GRDB
import GatewayKit
import MessageSchema

extension EventsQueries {
    /// Demand for the events that start in `year` (Vilnius time) and were not
    /// cancelled, per type and per month.
    static func demand(year: Int, in db: Database) throws -> DemandReport {
        var byType = EventType.allCases.map { DemandFigures(key: $0.rawValue) }
        var byMonth = (1...12).map { DemandFigures(key: "\(year)-" + ($0 < 10 ? "0\($0)" : "\($0)")) }
        var total = DemandFigures(key: "total")
        guard let range = VilniusTime.year(year) else {
            return DemandReport(year: year, byType: byType, byMonth: byMonth, total: total)
        }
        let events = try Row.fetchAll(
            db,
            sql: """
                SELECT \(EventRecord.selection) FROM events e
                WHERE e.status <> 'cancelled' AND e.startsAt >= ? AND e.startsAt < ?
                """,
            arguments: [range.start, range.end]
        ).map(EventRecord.init(row:))
        for event in events {
            if let index = EventType.allCases.firstIndex(of: event.details.type) {
                byType[index].add(event)
            }
            byMonth[VilniusTime.month(of: event.details.startsAt) - 1].add(event)
            total.add(event)
        }
        return DemandReport(year: year, byType: byType, byMonth: byMonth, total: total)
    }
}
