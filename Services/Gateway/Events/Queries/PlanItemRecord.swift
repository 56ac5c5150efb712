import Foundation
import GRDB
import GatewayKit
import MessageSchema

extension PlanItem {
    /// A plan item from a `planItems` row.
    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw UnreadableRow(table: "planItems", id: idText, column: "id")
        }
        guard let type = EventType(rawValue: row["type"]) else {
            throw UnreadableRow(table: "planItems", id: idText, column: "type")
        }
        self.init(
            id: id, year: row["year"], title: row["title"], type: type, quarter: row["quarter"],
            organisingUnit: row["organisingUnit"], notes: row["notes"])
    }
}
