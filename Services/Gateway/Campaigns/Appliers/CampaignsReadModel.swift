import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The gateway's copy of the campaigns service's state, kept by applying
/// that service's messages in `seq` order: campaigns with their links and
/// KPIs, the marketing plans' objectives, submissions and the content calendar.
struct CampaignsReadModel: ReadModelPart {
    init() {}

    /// Applies one campaigns message inside the consumer's transaction;
    /// returns `false` for another source's message. An unknown version, or
    /// a message about a campaign or submission the read model lacks,
    /// throws, and the consumer dead-letters it.
    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool {
        guard envelope.source == ServiceName.campaigns.rawValue else { return false }
        let change = Change(envelope: envelope, db: db)
        switch envelope.type {
        case CampaignCreated.type: try created(change.payload(CampaignCreated.self), change)
        case CampaignUpdated.type: try updated(change.payload(CampaignUpdated.self), change)
        case CampaignStatusChanged.type: try statusChanged(change.payload(CampaignStatusChanged.self), change)
        case CampaignEventLinked.type: try linked(change.payload(CampaignEventLinked.self), change)
        case CampaignEventUnlinked.type: try unlinked(change.payload(CampaignEventUnlinked.self), change)
        case CampaignKPIsUpdated.type: try kpisUpdated(change.payload(CampaignKPIsUpdated.self), change)
        case MarketingObjectiveAdded.type: try objectiveAdded(change.payload(MarketingObjectiveAdded.self), change)
        case SubmissionReceived.type: try received(change.payload(SubmissionReceived.self), change)
        case SubmissionReviewed.type: try reviewed(change.payload(SubmissionReviewed.self), change)
        case SubmissionScheduled.type: try scheduled(change.payload(SubmissionScheduled.self), change)
        case SubmissionPublished.type: try published(change.payload(SubmissionPublished.self), change)
        default: return false
        }
        return true
    }
}

/// Why a campaigns message could not be applied.
enum CampaignsReadModelError: Error, CustomStringConvertible, Equatable {
    case unknownCampaign(UUID, messageType: String)
    case unknownSubmission(UUID, messageType: String)

    var description: String {
        switch self {
        case .unknownCampaign(let id, let type):
            "\(type) names campaign \(id.uuidString), which the read model does not have"
        case .unknownSubmission(let id, let type):
            "\(type) names submission \(id.uuidString), which the read model does not have"
        }
    }
}
