import Foundation

// Commands the campaigns service accepts on its ROUTER.

public struct CampaignRef: Codable, Sendable, Equatable {
    public var campaignId: UUID
    public init(campaignId: UUID) { self.campaignId = campaignId }
}

public struct SubmissionRef: Codable, Sendable, Equatable {
    public var submissionId: UUID
    public var status: SubmissionStatus
    public init(submissionId: UUID, status: SubmissionStatus) {
        self.submissionId = submissionId
        self.status = status
    }
}

public struct CreateCampaign: Command, Equatable {
    public static let name = "campaigns.create-campaign"
    public typealias Result = CampaignRef
    /// Chosen by the caller, so a retry names the same campaign.
    public var campaignId: UUID
    public var details: CampaignDetails
    public var eventIds: [UUID]

    public init(campaignId: UUID = UUID(), details: CampaignDetails, eventIds: [UUID] = []) {
        self.campaignId = campaignId
        self.details = details
        self.eventIds = eventIds
    }
}

/// Fields to change; absent fields stay as they are. `clearNameEn` and
/// `clearObjective` remove those optional values.
public struct CampaignPatch: Codable, Sendable, Equatable {
    public var nameLt: String?
    public var nameEn: String?
    public var clearNameEn: Bool?
    public var goal: String?
    public var audience: String?
    public var startsOn: String?
    public var endsOn: String?
    public var budgetPlannedCents: Int?
    public var budgetSpentCents: Int?
    public var channels: [Channel]?
    public var partners: [String]?
    public var surveyIds: [UUID]?
    public var objectiveId: UUID?
    public var clearObjective: Bool?

    public init(
        nameLt: String? = nil, nameEn: String? = nil, clearNameEn: Bool? = nil, goal: String? = nil,
        audience: String? = nil, startsOn: String? = nil, endsOn: String? = nil, budgetPlannedCents: Int? = nil,
        budgetSpentCents: Int? = nil, channels: [Channel]? = nil, partners: [String]? = nil, surveyIds: [UUID]? = nil,
        objectiveId: UUID? = nil, clearObjective: Bool? = nil
    ) {
        self.nameLt = nameLt
        self.nameEn = nameEn
        self.clearNameEn = clearNameEn
        self.goal = goal
        self.audience = audience
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.budgetPlannedCents = budgetPlannedCents
        self.budgetSpentCents = budgetSpentCents
        self.channels = channels
        self.partners = partners
        self.surveyIds = surveyIds
        self.objectiveId = objectiveId
        self.clearObjective = clearObjective
    }

    public var isEmpty: Bool { self == CampaignPatch() }

    public func applied(to details: CampaignDetails) -> CampaignDetails {
        var result = details
        if let nameLt { result.nameLt = nameLt }
        if let nameEn { result.nameEn = nameEn }
        if clearNameEn == true { result.nameEn = nil }
        if let goal { result.goal = goal }
        if let audience { result.audience = audience }
        if let startsOn { result.startsOn = startsOn }
        if let endsOn { result.endsOn = endsOn }
        if let budgetPlannedCents { result.budgetPlannedCents = budgetPlannedCents }
        if let budgetSpentCents { result.budgetSpentCents = budgetSpentCents }
        if let channels { result.channels = channels }
        if let partners { result.partners = partners }
        if let surveyIds { result.surveyIds = surveyIds }
        if let objectiveId { result.objectiveId = objectiveId }
        if clearObjective == true { result.objectiveId = nil }
        return result
    }
}

public struct UpdateCampaign: Command, Equatable {
    public static let name = "campaigns.update-campaign"
    public typealias Result = CampaignRef
    public var campaignId: UUID
    public var patch: CampaignPatch

    public init(campaignId: UUID, patch: CampaignPatch) {
        self.campaignId = campaignId
        self.patch = patch
    }
}

public struct TransitionCampaign: Command, Equatable {
    public static let name = "campaigns.transition-campaign"
    public typealias Result = CampaignRef
    public var campaignId: UUID
    public var to: CampaignStatus
    public var reason: String?

    public init(campaignId: UUID, to: CampaignStatus, reason: String? = nil) {
        self.campaignId = campaignId
        self.to = to
        self.reason = reason
    }
}

/// Links an event to a campaign; linking a linked event changes nothing.
public struct LinkCampaignEvent: Command, Equatable {
    public static let name = "campaigns.link-event"
    public typealias Result = CampaignRef
    public var campaignId: UUID
    public var eventId: UUID

    public init(campaignId: UUID, eventId: UUID) {
        self.campaignId = campaignId
        self.eventId = eventId
    }
}

/// Unlinks an event from a campaign; an event not linked is `.notFound`.
public struct UnlinkCampaignEvent: Command, Equatable {
    public static let name = "campaigns.unlink-event"
    public typealias Result = CampaignRef
    public var campaignId: UUID
    public var eventId: UUID

    public init(campaignId: UUID, eventId: UUID) {
        self.campaignId = campaignId
        self.eventId = eventId
    }
}

public struct AddMarketingObjective: Command, Equatable {
    public static let name = "campaigns.add-objective"
    public typealias Result = MarketingObjective
    public var objective: MarketingObjective

    public init(objective: MarketingObjective) { self.objective = objective }
}

public struct SubmitContent: Command, Equatable {
    public static let name = "campaigns.submit"
    public typealias Result = SubmissionRef
    public var submissionId: UUID
    public var content: SubmissionContent

    public init(submissionId: UUID = UUID(), content: SubmissionContent) {
        self.submissionId = submissionId
        self.content = content
    }
}

/// The unit's new version after a request for changes.
public struct ResubmitContent: Command, Equatable {
    public static let name = "campaigns.resubmit"
    public typealias Result = SubmissionRef
    public var submissionId: UUID
    public var content: SubmissionContent

    public init(submissionId: UUID, content: SubmissionContent) {
        self.submissionId = submissionId
        self.content = content
    }
}

public struct ReviewSubmission: Command, Equatable {
    public static let name = "campaigns.review-submission"
    public typealias Result = SubmissionRef
    public var submissionId: UUID
    public var decision: SubmissionDecision
    /// Required to reject or to ask for changes.
    public var comment: String?

    public init(submissionId: UUID, decision: SubmissionDecision, comment: String? = nil) {
        self.submissionId = submissionId
        self.decision = decision
        self.comment = comment
    }
}

public struct ScheduleSubmission: Command, Equatable {
    public static let name = "campaigns.schedule-submission"
    public typealias Result = SubmissionRef
    public var submissionId: UUID
    /// `YYYY-MM-DD`.
    public var date: String
    public var channel: Channel

    public init(submissionId: UUID, date: String, channel: Channel) {
        self.submissionId = submissionId
        self.date = date
        self.channel = channel
    }
}

public struct PublishSubmission: Command, Equatable {
    public static let name = "campaigns.publish-submission"
    public typealias Result = SubmissionRef
    public var submissionId: UUID

    public init(submissionId: UUID) { self.submissionId = submissionId }
}
