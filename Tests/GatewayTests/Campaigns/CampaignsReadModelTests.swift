import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayCampaigns
@testable import GatewayKit

/// The campaigns part of the read model, fed with the campaigns service's messages.
final class CampaignsReadModelTests: XCTestCase {
    func testCampaignLinksKPIsAndLifecycle() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .campaigns)
        let id = UUID()
        let first = UUID()
        let second = UUID()
        try feed.apply(CampaignCreated(campaignId: id, details: CampaignSample.details(), eventIds: [first]))
        try feed.apply(CampaignEventLinked(campaignId: id, eventId: second))
        try feed.apply(CampaignKPIsUpdated(campaignId: id, kpis: CampaignKPIs(registrations: 7, waitlisted: 2, nps: 40)))
        try feed.apply(CampaignStatusChanged(campaignId: id, from: .draft, to: .approved))
        var record = try XCTUnwrap(feed.campaign(id))
        XCTAssertEqual(record.status, .approved)
        XCTAssertEqual(record.eventIds, [first, second])
        XCTAssertEqual(record.kpis, CampaignKPIs(registrations: 7, waitlisted: 2, nps: 40))
        XCTAssertEqual(record.updatedSeq, 4)

        try feed.apply(CampaignEventUnlinked(campaignId: id, eventId: first))
        var details = CampaignSample.details(spentCents: 200_000)
        details.nameLt = "Vasaros skaitymai"
        try feed.apply(CampaignUpdated(campaignId: id, details: details))
        try feed.apply(CampaignStatusChanged(campaignId: id, from: .approved, to: .cancelled, reason: "Nėra lėšų"))
        record = try XCTUnwrap(feed.campaign(id))
        XCTAssertEqual(record.eventIds, [second])
        XCTAssertEqual(record.details.nameLt, "Vasaros skaitymai")
        XCTAssertEqual(record.cancelReason, "Nėra lėšų")
        XCTAssertEqual(record.kpis.registrations, 7)
        let view = CampaignView(record)
        XCTAssertTrue(view.overBudget)
        XCTAssertEqual(view.budgetSpentEur, 2000)
        XCTAssertEqual(view.budgetPlannedEur, 1500)
    }

    func testMessagesAboutUnknownCampaignsOrSubmissionsThrow() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .campaigns)
        XCTAssertThrowsError(try feed.apply(CampaignKPIsUpdated(campaignId: UUID(), kpis: CampaignKPIs(registrations: 1))))
        XCTAssertThrowsError(try feed.apply(CampaignStatusChanged(campaignId: UUID(), from: .draft, to: .approved)))
        XCTAssertThrowsError(try feed.apply(SubmissionReviewed(submissionId: UUID(), decision: .approve, comment: nil)))
        let future = Envelope(
            type: CampaignCreated.type, version: 2, source: "campaigns", seq: 99, occurredAt: Date(), payload: .object([:]))
        XCTAssertThrowsError(try fixture.database.writer.write { db in try GatewayReadModel.all.apply(future, in: db) })
    }

    func testListFiltersByStatusYearAndTextWithoutDiacritics() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .campaigns)
        let winter = UUID()
        let spring = UUID()
        let old = UUID()
        try feed.apply(CampaignCreated(campaignId: winter, details: CampaignSample.details("Žiemos skaitymai"), eventIds: []))
        try feed.apply(
            CampaignCreated(
                campaignId: spring, details: CampaignSample.details("Ąžuolų pavasaris", starts: "2027-03-01", ends: "2027-04-30", goal: "Knygų mugė"),
                eventIds: []))
        try feed.apply(
            CampaignCreated(
                campaignId: old, details: CampaignSample.details("Archyvas", starts: "2025-01-01", ends: "2025-02-01"), eventIds: []))
        try feed.apply(CampaignStatusChanged(campaignId: spring, from: .draft, to: .approved))
        func ids(_ filter: CampaignFilter) throws -> [UUID] {
            try feed.read { try CampaignsQueries.campaigns(filter, page: Page(), in: $0).items.map(\.id) }
        }
        XCTAssertEqual(try ids(CampaignFilter()), [old, winter, spring])
        XCTAssertEqual(try ids(CampaignFilter(year: 2027)), [winter, spring])
        XCTAssertEqual(try ids(CampaignFilter(year: 2026)), [winter])
        XCTAssertEqual(try ids(CampaignFilter(statuses: [.approved])), [spring])
        XCTAssertEqual(try ids(CampaignFilter(text: "ziemos")), [winter])
        XCTAssertEqual(try ids(CampaignFilter(text: "azuol")), [spring])
        XCTAssertEqual(try ids(CampaignFilter(text: "knygu muge")), [spring])
        XCTAssertEqual(try ids(CampaignFilter(text: "nėra")), [])
        XCTAssertEqual(try ids(CampaignFilter(text: "!!!")), [])
    }

    func testMarketingPlanCountsPlannedAgainstDone() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .campaigns)
        let objective = MarketingObjective(id: UUID(), year: 2027, title: "Jaunimo skaitymas")
        try feed.apply(MarketingObjectiveAdded(objective: objective))
        let done = UUID()
        let running = UUID()
        let dropped = UUID()
        let loose = UUID()
        for (id, planned, spent) in [(done, 100_000, 120_000), (running, 50_000, 10_000), (dropped, 70_000, 0)] {
            try feed.apply(
                CampaignCreated(
                    campaignId: id,
                    details: CampaignSample.details(
                        starts: "2027-02-01", ends: "2027-03-01", plannedCents: planned, spentCents: spent, objectiveId: objective.id),
                    eventIds: []))
        }
        try feed.apply(CampaignCreated(campaignId: loose, details: CampaignSample.details(starts: "2027-05-01", ends: "2027-05-02"), eventIds: []))
        for (from, to) in [(CampaignStatus.draft, CampaignStatus.approved), (.approved, .running), (.running, .completed)] {
            try feed.apply(CampaignStatusChanged(campaignId: done, from: from, to: to))
        }
        try feed.apply(CampaignStatusChanged(campaignId: dropped, from: .draft, to: .cancelled))
        let plan = MarketingPlanView(try feed.read { try CampaignsQueries.plan(year: 2027, in: $0) })
        XCTAssertEqual(plan.objectives.count, 1)
        let progress = plan.objectives[0].progress
        XCTAssertEqual(progress.planned, 2)
        XCTAssertEqual(progress.completed, 1)
        XCTAssertEqual(progress.cancelled, 1)
        XCTAssertEqual(progress.budgetPlannedEur, 1500)
        XCTAssertEqual(progress.budgetSpentEur, 1300)
        XCTAssertEqual(plan.otherCampaigns.map(\.id), [loose])
        XCTAssertEqual(plan.totals.planned, 3)
        let empty = MarketingPlanView(try feed.read { try CampaignsQueries.plan(year: 2030, in: $0) })
        XCTAssertTrue(empty.objectives.isEmpty)
    }

    func testSubmissionsAndTheContentCalendar() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .campaigns)
        let published = UUID()
        let scheduled = UUID()
        let waiting = UUID()
        let nextMonth = UUID()
        for (id, title) in [(published, "Paroda"), (scheduled, "Ąžuolas"), (waiting, "Laukia"), (nextMonth, "Sausis")] {
            try feed.apply(SubmissionReceived(submissionId: id, content: CampaignSample.content(title)))
        }
        for id in [published, scheduled, nextMonth] {
            try feed.apply(SubmissionReviewed(submissionId: id, decision: .approve, comment: nil))
        }
        try feed.apply(SubmissionScheduled(submissionId: published, date: "2026-12-03", channel: .websiteNews))
        try feed.apply(SubmissionPublished(submissionId: published, publishedAt: Date()))
        try feed.apply(SubmissionScheduled(submissionId: scheduled, date: "2026-12-03", channel: .socialMedia))
        try feed.apply(SubmissionScheduled(submissionId: nextMonth, date: "2027-01-05", channel: .press))
        try feed.apply(SubmissionReviewed(submissionId: waiting, decision: .requestChanges, comment: "Trumpiau"))
        try feed.apply(SubmissionReceived(submissionId: waiting, content: CampaignSample.content("Laukia (2)"), resubmitted: true))

        let resubmitted = try XCTUnwrap(feed.read { try CampaignsQueries.submission(id: waiting, in: $0) })
        XCTAssertEqual(resubmitted.status, .submitted)
        XCTAssertEqual(resubmitted.resubmissions, 1)
        XCTAssertEqual(resubmitted.content.title, "Laukia (2)")

        let december = try feed.read { try CampaignsQueries.calendar(month: "2026-12", in: $0) }
        let view = ContentCalendarView(month: "2026-12", items: december.items, campaigns: december.campaigns)
        XCTAssertEqual(view.days.map(\.date), ["2026-12-03"])
        XCTAssertEqual(view.days[0].items.map(\.submissionId), [scheduled, published])
        XCTAssertEqual(view.days[0].items.map(\.status), [.scheduled, .published])
        let january = try feed.read { try CampaignsQueries.calendar(month: "2027-01", in: $0) }
        XCTAssertEqual(january.items.map(\.id), [nextMonth])
        let onlySubmitted = try feed.read { try CampaignsQueries.submissions(statuses: [.submitted], page: Page(), in: $0) }
        XCTAssertEqual(onlySubmitted.items.map(\.id), [waiting])
        XCTAssertEqual(onlySubmitted.total, 1)
    }
}
