import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A plan item as the API shows it.
struct PlanItemView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var year: Int
    var title: String
    var type: EventType
    var quarter: Int
    var organisingUnit: String
    @ExplicitNull var notes: String?

    init(_ item: PlanItem) {
        id = item.id
        year = item.year
        title = item.title
        type = item.type
        quarter = item.quarter
        organisingUnit = item.organisingUnit
        notes = item.notes
    }
}

/// A year's plan: its items with their events, and execution per quarter.
struct PlanView: ResponseEncodable, Decodable {
    /// A plan item with whether it was executed and its events.
    struct Item: Codable {
        var id: UUID
        var year: Int
        var title: String
        var type: EventType
        var quarter: Int
        var organisingUnit: String
        @ExplicitNull var notes: String?
        var executed: Bool
        var events: [LinkedEvent]
    }

    /// An event organised under a plan item, in short.
    struct LinkedEvent: Codable {
        var id: UUID
        var title: String
        var status: EventStatus
        var startsAt: String
    }

    struct Quarter: Codable {
        var quarter: Int
        var plannedItems: Int
        var executedItems: Int
        var heldEvents: Int
        var heldPlannedEvents: Int
        @ExplicitNull var executionRate: Double?
    }

    var year: Int
    var items: [Item]
    var quarters: [Quarter]

    init(_ report: PlanReport) {
        year = report.year
        items = report.items.map { progress in
            let item = progress.item
            return Item(
                id: item.id, year: item.year, title: item.title, type: item.type, quarter: item.quarter,
                organisingUnit: item.organisingUnit, notes: item.notes, executed: progress.executed,
                events: progress.events.map {
                    LinkedEvent(
                        id: $0.id, title: $0.details.title.lt, status: $0.status,
                        startsAt: Timestamp.formatVilnius($0.details.startsAt))
                })
        }
        quarters = report.quarters.map {
            Quarter(
                quarter: $0.quarter, plannedItems: $0.plannedItems, executedItems: $0.executedItems,
                heldEvents: $0.heldEvents, heldPlannedEvents: $0.heldPlannedEvents, executionRate: $0.executionRate)
        }
    }
}
