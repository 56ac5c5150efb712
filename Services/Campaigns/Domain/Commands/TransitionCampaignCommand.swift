import Foundation
import GRDB
import MessageSchema

extension CampaignsChange {
    /// Moves a campaign along its lifecycle, as `CampaignStatus.canMove(to:)`
    /// allows. Message: `CampaignStatusChanged`.
    func transition(_ command: TransitionCampaign) throws -> CampaignRef {
        var campaign = try existingCampaign(command.campaignId)
        let from = campaign.status
        guard from.canMove(to: command.to) else {
            let allowed = from.next.map(\.rawValue).sorted()
            let hint =
                allowed.isEmpty
                ? "a \(from.rawValue) campaign cannot change status" : "it can move to \(allowed.joined(separator: " or "))"
            throw CommandFailure(
                .illegalTransition,
                "The campaign \(campaign.label) cannot move from \(from.rawValue) to \(command.to.rawValue): \(hint).",
                details: ["campaignId": campaign.id.uuidString, "from": from.rawValue, "to": command.to.rawValue])
        }
        campaign.status = command.to
        campaign.updatedAt = now
        try campaign.update(db)
        try publish(
            CampaignStatusChanged(
                campaignId: command.campaignId, from: from, to: command.to, reason: command.reason.trimmedOrNil))
        return CampaignRef(campaignId: command.campaignId)
    }
}
