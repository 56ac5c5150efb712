import Foundation
import GRDB
import MessageSchema

extension CampaignsChange {
    /// Stores a new campaign as a draft with its first linked events.
    /// Messages: `CampaignCreated`, then `CampaignKPIsUpdated` when the
    /// linked events already have registrations (or mentions, or results).
    func create(_ command: CreateCampaign) throws -> CampaignRef {
        try CampaignRules.validate(command.details)
        let details = CampaignRules.normalised(command.details)
        try checkObjective(details.objectiveId)
        if let existing = try CampaignRecord.fetch(command.campaignId, in: db) {
            throw CommandFailure(
                .conflict, "A campaign with the id \(command.campaignId.uuidString) exists already: \(existing.label).",
                details: ["campaignId": command.campaignId.uuidString])
        }
        var seen = Set<UUID>()
        let eventIds = command.eventIds.filter { seen.insert($0).inserted }
        try CampaignRecord(
            id: command.campaignId, status: .draft, details: details, kpis: CampaignKPIs(), createdAt: now,
            updatedAt: now
        ).insert(db)
        for eventId in eventIds {
            try db.execute(
                sql: "INSERT INTO campaignEvents (campaignId, eventId) VALUES (?, ?)",
                arguments: [command.campaignId.uuidString, eventId.uuidString])
        }
        try publish(CampaignCreated(campaignId: command.campaignId, details: details, eventIds: eventIds))
        try refreshKPIs(command.campaignId)
        return CampaignRef(campaignId: command.campaignId)
    }
}
