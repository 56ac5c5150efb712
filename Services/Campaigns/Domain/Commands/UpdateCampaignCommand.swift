import Foundation
import GRDB
import MessageSchema

extension CampaignsChange {
    /// Changes a campaign's description (the spent budget among it).
    /// Message: `CampaignUpdated`, and `CampaignKPIsUpdated` when other
    /// surveys make other KPIs.
    func update(_ command: UpdateCampaign) throws -> CampaignRef {
        var campaign = try existingCampaign(command.campaignId)
        if command.patch.isEmpty {
            throw CampaignRules.invalid("", "the change names no field to change")
        }
        try checkOpen(campaign, doing: "be changed")
        let details = command.patch.applied(to: campaign.details)
        try CampaignRules.validate(details)
        let normalised = CampaignRules.normalised(details)
        try checkObjective(normalised.objectiveId)
        guard normalised != campaign.details else { return CampaignRef(campaignId: command.campaignId) }
        campaign.details = normalised
        campaign.updatedAt = now
        try campaign.update(db)
        try publish(CampaignUpdated(campaignId: command.campaignId, details: normalised))
        try refreshKPIs(command.campaignId)
        return CampaignRef(campaignId: command.campaignId)
    }
}
