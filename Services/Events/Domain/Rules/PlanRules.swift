import Foundation
import MessageSchema

/// What a line of an annual event plan must satisfy before it is stored.
enum PlanRules {
    static let years = 2000...2100
    static let quarters = 1...4

    static func normalised(_ item: PlanItem) -> PlanItem {
        var result = item
        result.title = item.title.trimmed
        result.organisingUnit = item.organisingUnit.trimmed
        result.notes = item.notes.trimmedOrNil
        return result
    }

    /// Refuses with `.invalid` the first rule `item` breaks.
    static func validate(_ item: PlanItem) throws {
        let item = normalised(item)
        if item.title.isEmpty {
            throw EventRules.invalid("item.title", "The plan item's title (item.title) is required.")
        }
        if item.organisingUnit.isEmpty {
            throw EventRules.invalid("item.organisingUnit", "The organising unit (item.organisingUnit) is required.")
        }
        if !years.contains(item.year) {
            throw EventRules.invalid(
                "item.year", "The plan year must be between \(years.lowerBound) and \(years.upperBound); \(item.year) was given.")
        }
        if !quarters.contains(item.quarter) {
            throw EventRules.invalid("item.quarter", "The quarter must be 1, 2, 3 or 4; \(item.quarter) was given.")
        }
    }
}
