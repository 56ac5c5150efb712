import Foundation

// Messages the campaigns service publishes about campaigns. Each carries
// what a reader needs to keep its own copy without asking back.

public struct CampaignCreated: Message, Equatable {
    public static let type = "campaign.created"
    public static let version = 1
    public var campaignId: UUID
    public var details: CampaignDetails
    /// Events linked from the start.
    public var eventIds: [UUID]

    public init(campaignId: UUID, details: CampaignDetails, eventIds: [UUID]) {
        self.campaignId = campaignId
        self.details = details
        self.eventIds = eventIds
    }
}

public struct CampaignUpdated: Message, Equatable {
    public static let type = "campaign.updated"
    public static let version = 1
    public var campaignId: UUID
    /// The whole description after the change.
    public var details: CampaignDetails

    public init(campaignId: UUID, details: CampaignDetails) {
        self.campaignId = campaignId
        self.details = details
    }
}

public struct CampaignStatusChanged: Message, Equatable {
    public static let type = "campaign.status-changed"
    public static let version = 1
    public var campaignId: UUID
    public var from: CampaignStatus
    public var to: CampaignStatus
    public var reason: String?

    public init(campaignId: UUID, from: CampaignStatus, to: CampaignStatus, reason: String? = nil) {
        self.campaignId = campaignId
        self.from = from
        self.to = to
        self.reason = reason
    }
}

public struct CampaignEventLinked: Message, Equatable {
    public static let type = "campaign.event-linked"
    public static let version = 1
    public var campaignId: UUID
    public var eventId: UUID

    public init(campaignId: UUID, eventId: UUID) {
        self.campaignId = campaignId
        self.eventId = eventId
    }
}

public struct CampaignEventUnlinked: Message, Equatable {
    public static let type = "campaign.event-unlinked"
    public static let version = 1
    public var campaignId: UUID
    public var eventId: UUID

    public init(campaignId: UUID, eventId: UUID) {
        self.campaignId = campaignId
        self.eventId = eventId
    }
}

/// A campaign's KPIs changed: the whole set after the change.
public struct CampaignKPIsUpdated: Message, Equatable {
    public static let type = "campaign.kpis-updated"
    public static let version = 1
    public var campaignId: UUID
    public var kpis: CampaignKPIs

    public init(campaignId: UUID, kpis: CampaignKPIs) {
        self.campaignId = campaignId
        self.kpis = kpis
    }
}

/// An objective was added to a year's marketing plan.
public struct MarketingObjectiveAdded: Message, Equatable {
    public static let type = "marketing-objective.added"
    public static let version = 1
    public var objective: MarketingObjective

    public init(objective: MarketingObjective) { self.objective = objective }
}
