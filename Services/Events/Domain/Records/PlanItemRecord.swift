import Foundation
import GRDB
import MessageSchema

/// A row of `planItems`: a line of an annual event plan.
struct PlanItemRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "planItems"

    var id: String
    var year: Int
    var title: String
    var type: EventType
    var quarter: Int
    var organisingUnit: String
    var notes: String?

    init(_ item: PlanItem) {
        id = item.id.uuidString
        year = item.year
        title = item.title
        type = item.type
        quarter = item.quarter
        organisingUnit = item.organisingUnit
        notes = item.notes
    }

    var item: PlanItem {
        PlanItem(
            id: UUID(uuidString: id)!, year: year, title: title, type: type, quarter: quarter,
            organisingUnit: organisingUnit, notes: notes)
    }
}
