import Foundation

/// draft → approved → running → completed, or cancelled from any but
/// completed and cancelled.
public enum CampaignStatus: String, Codable, Sendable, CaseIterable {
    case draft, approved, running, completed, cancelled

    /// The statuses this one may move to.
    public var next: Set<CampaignStatus> {
        switch self {
        case .draft: [.approved, .cancelled]
        case .approved: [.running, .cancelled]
        case .running: [.completed, .cancelled]
        case .completed, .cancelled: []
        }
    }

    public func canMove(to status: CampaignStatus) -> Bool { next.contains(status) }

    /// Completed and cancelled campaigns change no more.
    public var isFinal: Bool { next.isEmpty }
}

/// Where the department publishes.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case websiteNews = "website-news"
    case socialMedia = "social-media"
    case press
    case radioTV = "radio-tv"
    case print
    case outdoor
    case newsletter
}

/// Everything that describes a campaign apart from its status, links to
/// events and KPIs. Days are `YYYY-MM-DD`; money is in euro cents.
public struct CampaignDetails: Codable, Sendable, Equatable {
    public var nameLt: String
    public var nameEn: String?
    public var goal: String
    public var audience: String
    /// First day, `2026-12-01`.
    public var startsOn: String
    /// Last day, inclusive.
    public var endsOn: String
    public var budgetPlannedCents: Int
    /// Never negative; may exceed the plan (the view flags it).
    public var budgetSpentCents: Int
    public var channels: [Channel]
    /// Partner organisations of a joint campaign.
    public var partners: [String]
    public var surveyIds: [UUID]
    /// The objective of the marketing plan the campaign serves.
    public var objectiveId: UUID?

    public init(
        nameLt: String, nameEn: String? = nil, goal: String, audience: String, startsOn: String, endsOn: String,
        budgetPlannedCents: Int = 0, budgetSpentCents: Int = 0, channels: [Channel] = [], partners: [String] = [],
        surveyIds: [UUID] = [], objectiveId: UUID? = nil
    ) {
        self.nameLt = nameLt
        self.nameEn = nameEn
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
    }
}

/// What a campaign achieved so far, from other services' messages.
public struct CampaignKPIs: Codable, Sendable, Equatable {
    /// Accepted registrations of the linked events, now.
    public var registrations: Int
    /// Registrations of the linked events on a waiting list, now.
    public var waitlisted: Int
    /// Media mentions of the campaign or of a linked event.
    public var mentions: Int
    /// The mentions' summed estimated reach.
    public var reach: Int
    /// Responses to the linked surveys.
    public var surveyResponses: Int
    /// The NPS of the linked survey updated last that has one.
    public var nps: Double?
    /// The satisfaction of the linked survey updated last that has one.
    public var satisfaction: Double?

    public init(
        registrations: Int = 0, waitlisted: Int = 0, mentions: Int = 0, reach: Int = 0, surveyResponses: Int = 0,
        nps: Double? = nil, satisfaction: Double? = nil
    ) {
        self.registrations = registrations
        self.waitlisted = waitlisted
        self.mentions = mentions
        self.reach = reach
        self.surveyResponses = surveyResponses
        self.nps = nps
        self.satisfaction = satisfaction
    }
}

/// submitted → approved → scheduled → published; submitted → rejected;
/// submitted → changes-requested → (resubmitted) submitted.
public enum SubmissionStatus: String, Codable, Sendable, CaseIterable {
    case submitted
    case changesRequested = "changes-requested"
    case approved
    case rejected
    case scheduled
    case published
}

/// What a reviewer decides about a submission.
public enum SubmissionDecision: String, Codable, Sendable, CaseIterable {
    case approve
    case reject
    case requestChanges = "request-changes"

    /// The submission's status after the decision.
    public var status: SubmissionStatus {
        switch self {
        case .approve: .approved
        case .reject: .rejected
        case .requestChanges: .changesRequested
        }
    }
}

/// What another unit of the library asks the department to publish.
public struct SubmissionContent: Codable, Sendable, Equatable {
    /// The library unit that submits.
    public var unit: String
    public var title: String
    public var text: String
    public var wishedChannel: Channel
    /// `YYYY-MM-DD`.
    public var wishedDate: String

    public init(unit: String, title: String, text: String, wishedChannel: Channel, wishedDate: String) {
        self.unit = unit
        self.title = title
        self.text = text
        self.wishedChannel = wishedChannel
        self.wishedDate = wishedDate
    }
}

/// An objective of a year's marketing plan.
public struct MarketingObjective: Codable, Sendable, Equatable {
    public var id: UUID
    public var year: Int
    public var title: String
    public var description: String?

    public init(id: UUID, year: Int, title: String, description: String? = nil) {
        self.id = id
        self.year = year
        self.title = title
        self.description = description
    }
}
