import Foundation
import GRDB
import MessageSchema

extension CampaignsChange {
    /// Links an event: its registrations so far count at once. Linking a
    /// linked event changes nothing. Messages: `CampaignEventLinked`, and
    /// `CampaignKPIsUpdated` when the KPIs change.
    func link(_ command: LinkCampaignEvent) throws -> CampaignRef {
        let campaign = try existingCampaign(command.campaignId)
        try checkOpen(campaign, doing: "have events linked")
        try db.execute(
            sql: "INSERT OR IGNORE INTO campaignEvents (campaignId, eventId) VALUES (?, ?)",
            arguments: [command.campaignId.uuidString, command.eventId.uuidString])
        guard db.changesCount > 0 else { return CampaignRef(campaignId: command.campaignId) }
        try publish(CampaignEventLinked(campaignId: command.campaignId, eventId: command.eventId))
        try refreshKPIs(command.campaignId)
        return CampaignRef(campaignId: command.campaignId)
    }

    /// Unlinks an event: its registrations, mentions and results no longer
    /// count. Messages: `CampaignEventUnlinked`, and `CampaignKPIsUpdated`
    /// when the KPIs change.
    func unlink(_ command: UnlinkCampaignEvent) throws -> CampaignRef {
        let campaign = try existingCampaign(command.campaignId)
        try checkOpen(campaign, doing: "have events unlinked")
        try db.execute(
            sql: "DELETE FROM campaignEvents WHERE campaignId = ? AND eventId = ?",
            arguments: [command.campaignId.uuidString, command.eventId.uuidString])
        guard db.changesCount > 0 else {
            throw CommandFailure(
                .notFound, "The event \(command.eventId.uuidString) is not linked to the campaign \(campaign.label).",
                details: ["campaignId": command.campaignId.uuidString, "eventId": command.eventId.uuidString])
        }
        try publish(CampaignEventUnlinked(campaignId: command.campaignId, eventId: command.eventId))
        try refreshKPIs(command.campaignId)
        return CampaignRef(campaignId: command.campaignId)
    }
}
