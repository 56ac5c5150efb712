/// Every message type the campaigns service publishes, with its version.
public enum CampaignsMessageCatalog {
    public static let all: [any Message.Type] = [
        CampaignCreated.self, CampaignUpdated.self, CampaignStatusChanged.self, CampaignEventLinked.self,
        CampaignEventUnlinked.self, CampaignKPIsUpdated.self, MarketingObjectiveAdded.self,
        SubmissionReceived.self, SubmissionReviewed.self, SubmissionScheduled.self, SubmissionPublished.self,
    ]
}
