import GatewayKit
import MessageSchema

// What the operator's reconcile empties before applying a source's log again.
/// `campaignSubmissionFilers` is not among them: the gateway writes it itself
/// when a submitter files, and no message fills it.
extension CampaignsReadModel {
    func tables(filledBy source: String) -> [String] {
        switch source {
        case ServiceName.campaigns.rawValue: ["campaignEvents", "marketingObjectives", "campaignSubmissions", "campaigns"]
        default: []
        }
    }
}
