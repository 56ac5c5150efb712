import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// Euros from cents, as JSON numbers with two decimals at most.
enum Euros {
    static func from(cents: Int) -> Double { Double(cents) / 100 }
}

/// A campaign as the API shows it; absent values are `null`.
struct CampaignView: ResponseEncodable, Decodable, Equatable {
    struct KPIs: Codable, Equatable, Sendable {
        var registrations: Int
        var waitlisted: Int
        var mentions: Int
        var reach: Int
        var surveyResponses: Int
        @ExplicitNull var nps: Double?
        @ExplicitNull var satisfaction: Double?

        init(_ kpis: CampaignKPIs) {
            registrations = kpis.registrations
            waitlisted = kpis.waitlisted
            mentions = kpis.mentions
            reach = kpis.reach
            surveyResponses = kpis.surveyResponses
            nps = kpis.nps
            satisfaction = kpis.satisfaction
        }
    }

    var id: UUID
    var status: CampaignStatus
    var nameLt: String
    @ExplicitNull var nameEn: String?
    var goal: String
    var audience: String
    var startsOn: String
    var endsOn: String
    var budgetPlannedEur: Double
    var budgetSpentEur: Double
    /// More spent than planned: allowed, but shown.
    var overBudget: Bool
    var channels: [Channel]
    var partners: [String]
    /// Partners make it a joint campaign.
    var joint: Bool
    var eventIds: [UUID]
    var surveyIds: [UUID]
    @ExplicitNull var objectiveId: UUID?
    @ExplicitNull var cancelReason: String?
    var kpis: KPIs
    var updatedSeq: Int64

    init(_ record: CampaignRecord) {
        let details = record.details
        id = record.id
        status = record.status
        nameLt = details.nameLt
        nameEn = details.nameEn
        goal = details.goal
        audience = details.audience
        startsOn = details.startsOn
        endsOn = details.endsOn
        budgetPlannedEur = Euros.from(cents: details.budgetPlannedCents)
        budgetSpentEur = Euros.from(cents: details.budgetSpentCents)
        overBudget = details.budgetSpentCents > details.budgetPlannedCents
        channels = details.channels
        partners = details.partners
        joint = !details.partners.isEmpty
        eventIds = record.eventIds
        surveyIds = details.surveyIds
        objectiveId = details.objectiveId
        cancelReason = record.cancelReason
        kpis = KPIs(record.kpis)
        updatedSeq = record.updatedSeq
    }
}

/// An objective of a marketing plan, as `POST …/objectives` answers it.
struct ObjectiveView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var year: Int
    var title: String
    @ExplicitNull var description: String?

    init(_ objective: MarketingObjective) {
        id = objective.id
        year = objective.year
        title = objective.title
        description = objective.description
    }
}

/// Planned against done for a set of campaigns.
struct PlanProgressView: Codable, Equatable, Sendable {
    /// Campaigns not cancelled.
    var planned: Int
    var completed: Int
    var cancelled: Int
    var budgetPlannedEur: Double
    var budgetSpentEur: Double
    var overBudget: Bool

    init(_ campaigns: [CampaignRecord]) {
        let live = campaigns.filter { $0.status != .cancelled }
        planned = live.count
        completed = campaigns.filter { $0.status == .completed }.count
        cancelled = campaigns.count - live.count
        let plannedCents = live.map(\.details.budgetPlannedCents).reduce(0, +)
        let spentCents = campaigns.map(\.details.budgetSpentCents).reduce(0, +)
        budgetPlannedEur = Euros.from(cents: plannedCents)
        budgetSpentEur = Euros.from(cents: spentCents)
        overBudget = spentCents > plannedCents
    }
}

/// `GET /api/v1/marketing-plans/{year}`.
struct MarketingPlanView: ResponseEncodable, Decodable {
    struct CampaignLine: Codable, Equatable, Sendable {
        var id: UUID
        var nameLt: String
        var status: CampaignStatus
        var startsOn: String
        var endsOn: String
        var budgetPlannedEur: Double
        var budgetSpentEur: Double
        var overBudget: Bool

        init(_ record: CampaignRecord) {
            id = record.id
            nameLt = record.details.nameLt
            status = record.status
            startsOn = record.details.startsOn
            endsOn = record.details.endsOn
            budgetPlannedEur = Euros.from(cents: record.details.budgetPlannedCents)
            budgetSpentEur = Euros.from(cents: record.details.budgetSpentCents)
            overBudget = record.details.budgetSpentCents > record.details.budgetPlannedCents
        }
    }

    struct Objective: Codable, Sendable {
        var id: UUID
        var title: String
        @ExplicitNull var description: String?
        var campaigns: [CampaignLine]
        var progress: PlanProgressView
    }

    var year: Int
    var objectives: [Objective]
    /// Campaigns of the year that serve none of its objectives.
    var otherCampaigns: [CampaignLine]
    var totals: PlanProgressView

    init(_ report: MarketingPlanReport) {
        year = report.year
        objectives = report.objectives.map { entry in
            Objective(
                id: entry.id, title: entry.title, description: entry.description,
                campaigns: entry.campaigns.map(CampaignLine.init), progress: PlanProgressView(entry.campaigns))
        }
        otherCampaigns = report.otherCampaigns.map(CampaignLine.init)
        totals = PlanProgressView(report.objectives.flatMap(\.campaigns) + report.otherCampaigns)
    }
}

/// A submission from another unit as the API shows it.
struct SubmissionView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var status: SubmissionStatus
    var unit: String
    var title: String
    var text: String
    var wishedChannel: Channel
    var wishedDate: String
    @ExplicitNull var reviewComment: String?
    /// `{"accountId","name"}` of who reviewed it last (approved, rejected or asked for changes), or `null`.
    @ExplicitNull var reviewedBy: ActorView?
    /// When it was reviewed last, or `null`.
    @ExplicitNull var reviewedAt: String?
    var resubmissions: Int
    @ExplicitNull var scheduledOn: String?
    @ExplicitNull var scheduledChannel: Channel?
    @ExplicitNull var publishedAt: String?
    var createdAt: String
    var updatedSeq: Int64

    init(_ record: SubmissionRecord) {
        id = record.id
        status = record.status
        unit = record.content.unit
        title = record.content.title
        text = record.content.text
        wishedChannel = record.content.wishedChannel
        wishedDate = record.content.wishedDate
        reviewComment = record.reviewComment
        reviewedBy = record.reviewedBy.map(ActorView.init)
        reviewedAt = record.reviewedAt.map(Timestamp.formatVilnius)
        resubmissions = record.resubmissions
        scheduledOn = record.scheduledOn
        scheduledChannel = record.scheduledChannel
        publishedAt = record.publishedAt.map(Timestamp.formatVilnius)
        createdAt = Timestamp.formatVilnius(record.createdAt)
        updatedSeq = record.updatedSeq
    }
}

/// `GET /api/v1/content-calendar?month=2026-12`.
struct ContentCalendarView: ResponseEncodable, Decodable {
    struct Item: Codable, Sendable {
        var date: String
        var channel: Channel
        var submissionId: UUID
        var title: String
        var unit: String
        var status: SubmissionStatus
    }

    struct Day: Codable, Sendable {
        var date: String
        var items: [Item]
    }

    struct RunningCampaign: Codable, Sendable {
        var id: UUID
        var nameLt: String
        var status: CampaignStatus
        var startsOn: String
        var endsOn: String
        var channels: [Channel]
    }

    var month: String
    /// Days that have something, in order.
    var days: [Day]
    var campaigns: [RunningCampaign]

    init(month: String, items: [SubmissionRecord], campaigns: [CampaignRecord]) {
        self.month = month
        var days: [Day] = []
        for record in items {
            guard let date = record.scheduledOn, let channel = record.scheduledChannel else { continue }
            let item = Item(
                date: date, channel: channel, submissionId: record.id, title: record.content.title,
                unit: record.content.unit, status: record.status)
            if days.last?.date == date {
                days[days.count - 1].items.append(item)
            } else {
                days.append(Day(date: date, items: [item]))
            }
        }
        self.days = days
        self.campaigns = campaigns.map {
            RunningCampaign(
                id: $0.id, nameLt: $0.details.nameLt, status: $0.status, startsOn: $0.details.startsOn,
                endsOn: $0.details.endsOn, channels: $0.details.channels)
        }
    }
}
