import Foundation
import GRDB
import MessageSchema
import Store

@testable import Gateway
@testable import GatewayCampaigns
@testable import GatewayKit

/// The campaigns part's helpers of the feed.
extension MessageFeed {
    func campaign(_ id: UUID) throws -> CampaignRecord? {
        try read { try CampaignsQueries.campaign(id: id, in: $0) }
    }
}

/// Sample campaigns values.
enum CampaignSample {
    static func details(
        _ name: String = "Žiemos skaitymai", starts: String = "2026-12-01", ends: String = "2027-01-31",
        plannedCents: Int = 150_000, spentCents: Int = 0, objectiveId: UUID? = nil, goal: String = "Pritraukti jaunimą"
    ) -> CampaignDetails {
        CampaignDetails(
            nameLt: name, nameEn: "Winter reading", goal: goal, audience: "Studentai", startsOn: starts, endsOn: ends,
            budgetPlannedCents: plannedCents, budgetSpentCents: spentCents, channels: [.socialMedia, .press],
            partners: ["Vilniaus universitetas"], objectiveId: objectiveId)
    }

    static func content(_ title: String = "Retų knygų paroda", date: String = "2026-12-02") -> SubmissionContent {
        SubmissionContent(unit: "Retų spaudinių skyrius", title: title, text: "Tekstas.", wishedChannel: .websiteNews, wishedDate: date)
    }
}
