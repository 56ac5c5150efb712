import Foundation
import GRDB
import MessageSchema

extension CampaignsChange {
    /// Adds an objective to a year's marketing plan. Message: `MarketingObjectiveAdded`.
    func addObjective(_ command: AddMarketingObjective) throws -> MarketingObjective {
        var objective = command.objective
        objective.title = objective.title.trimmed
        objective.description = objective.description.trimmedOrNil
        if objective.title.isEmpty { throw CampaignRules.invalid("title", "'title' is required") }
        if objective.title.count > 500 { throw CampaignRules.invalid("title", "'title' must be at most 500 characters") }
        if !(2000...2100).contains(objective.year) {
            throw CampaignRules.invalid("year", "a marketing plan's year is 2000 to 2100, not \(objective.year)")
        }
        let exists =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM objectives WHERE id = ?)", arguments: [objective.id.uuidString]) ?? false
        if exists {
            throw CommandFailure(
                .conflict, "An objective with the id \(objective.id.uuidString) exists already.",
                details: ["objectiveId": objective.id.uuidString])
        }
        try db.execute(
            sql: "INSERT INTO objectives (id, year, title, description, createdAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [objective.id.uuidString, objective.year, objective.title, objective.description, now])
        try publish(MarketingObjectiveAdded(objective: objective))
        return objective
    }
}
