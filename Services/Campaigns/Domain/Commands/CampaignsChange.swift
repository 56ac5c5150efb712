import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// One command's change, inside its write transaction (see
/// `CommandTransaction`), with what reads the service's tables.
typealias CampaignsChange = CommandTransaction

extension CampaignsChange {
    /// Recomputes the campaign's KPIs and announces them when they changed.
    func refreshKPIs(_ campaignId: UUID) throws {
        try KPIRefresh(change: self).refresh([campaignId])
    }

    /// The campaign, or a `.notFound` refusal.
    func existingCampaign(_ id: UUID) throws -> CampaignRecord {
        guard let campaign = try CampaignRecord.fetch(id, in: db) else {
            throw CommandFailure(
                .notFound, "No campaign has the id \(id.uuidString).", details: ["campaignId": id.uuidString])
        }
        return campaign
    }

    /// The submission, or a `.notFound` refusal.
    func existingSubmission(_ id: UUID) throws -> SubmissionRecord {
        guard let submission = try SubmissionRecord.fetchOne(db, key: id.uuidString) else {
            throw CommandFailure(
                .notFound, "No submission has the id \(id.uuidString).", details: ["submissionId": id.uuidString])
        }
        return submission
    }

    /// Refuses an objective the marketing plan does not have.
    func checkObjective(_ id: UUID?) throws {
        guard let id else { return }
        let known =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM objectives WHERE id = ?)", arguments: [id.uuidString]) ?? false
        if !known {
            throw CampaignRules.invalid("objectiveId", "no objective of a marketing plan has the id \(id.uuidString)")
        }
    }

    /// Refuses a change to a completed or cancelled campaign.
    func checkOpen(_ campaign: CampaignRecord, doing what: String) throws {
        if campaign.status.isFinal {
            throw CommandFailure(
                .conflict, "The campaign \(campaign.label) is \(campaign.status.rawValue): it cannot \(what) any more.",
                details: ["campaignId": campaign.id.uuidString, "status": campaign.status.rawValue])
        }
    }
}
