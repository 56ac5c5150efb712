import CampaignsService
import Foundation
import MessageSchema
import ServiceKit
import XCTest

/// KPIs kept from the events, media-relations and surveys services' messages.
final class KPIReactionTests: CampaignsTestCase {
    private func accept(_ harness: CampaignsHarness, _ eventId: UUID, _ name: String) throws -> UUID {
        let id = UUID()
        try harness.receive(
            RegistrationAccepted(registrationId: id, eventId: eventId, attendee: Sample.attendee(name), registeredAt: Date()),
            from: .events)
        return id
    }

    func testRegistrationsBeforeTheLinkCountWhenTheEventIsLinked() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        _ = try accept(harness, eventId, "Ona")
        _ = try accept(harness, eventId, "Jonas")
        let campaignId = try await harness.campaign(in: .running)
        XCTAssertEqual(try harness.publishedKPIs(campaignId).registrations, 0)

        try await harness.expectSuccess(LinkCampaignEvent(campaignId: campaignId, eventId: eventId))
        XCTAssertEqual(try harness.publishedKPIs(campaignId).registrations, 2)
        _ = try accept(harness, eventId, "Rūta")
        XCTAssertEqual(try harness.publishedKPIs(campaignId).registrations, 3)

        try await harness.expectSuccess(UnlinkCampaignEvent(campaignId: campaignId, eventId: eventId))
        XCTAssertEqual(try harness.publishedKPIs(campaignId).registrations, 0)
        let types = try await harness.outbox().map(\.type)
        XCTAssertTrue(types.contains(CampaignEventLinked.type))
        XCTAssertTrue(types.contains(CampaignEventUnlinked.type))
        let notLinked = try await harness.expectRefusal(UnlinkCampaignEvent(campaignId: campaignId, eventId: eventId))
        XCTAssertEqual(notLinked.code, .notFound)
    }

    func testWaitingListPromotionAndCancellations() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let campaignId = try await harness.campaign(eventIds: [eventId])
        let first = try accept(harness, eventId, "Ona")
        let waiting = UUID()
        try harness.receive(
            RegistrationWaitlisted(
                registrationId: waiting, eventId: eventId, attendee: Sample.attendee("Petras"), registeredAt: Date(),
                position: 1),
            from: .events)
        XCTAssertEqual(try harness.publishedKPIs(campaignId), CampaignKPIs(registrations: 1, waitlisted: 1))
        try harness.receive(RegistrationCancelled(registrationId: first, eventId: eventId, previousStatus: .accepted), from: .events)
        try harness.receive(RegistrationPromoted(registrationId: waiting, eventId: eventId), from: .events)
        XCTAssertEqual(try harness.publishedKPIs(campaignId), CampaignKPIs(registrations: 1, waitlisted: 0))
        try harness.receive(RegistrationCancelled(registrationId: waiting, eventId: eventId, previousStatus: .accepted), from: .events)
        XCTAssertEqual(try harness.publishedKPIs(campaignId), CampaignKPIs(registrations: 0, waitlisted: 0))
    }

    func testRegistrationsOfOtherEventsDoNotCountButAreKept() async throws {
        let harness = try makeHarness()
        let linked = UUID()
        let other = UUID()
        let campaignId = try await harness.campaign(eventIds: [linked])
        _ = try accept(harness, other, "Ona")
        let outbox = try await harness.outbox()
        XCTAssertFalse(outbox.contains { $0.type == CampaignKPIsUpdated.type })
        let kept: Int? = try harness.value("SELECT accepted FROM eventRegistrationCounts WHERE eventId = ?", [other.uuidString])
        XCTAssertEqual(kept, 1)
        _ = try accept(harness, linked, "Jonas")
        XCTAssertEqual(try harness.publishedKPIs(campaignId).registrations, 1)
    }

    func testMentionsOfTheCampaignAndOfItsEventsWithTheirReach() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let campaignId = try await harness.campaign(in: .running, eventIds: [eventId])
        func mention(_ id: UUID, reach: Int, eventId: UUID? = nil, campaignId: UUID? = nil) -> MentionRecorded {
            MentionRecorded(
                mentionId: id, url: "https://lrt.lt/\(id.uuidString)", outlet: "LRT", publishedAt: Date(),
                title: "Bibliotekoje", language: "lt", reach: reach, sentiment: .positive, eventId: eventId,
                campaignId: campaignId)
        }
        let byCampaign = UUID()
        try harness.receive(mention(byCampaign, reach: 1000, campaignId: campaignId), from: .mediaRelations)
        try harness.receive(mention(UUID(), reach: 500, eventId: eventId), from: .mediaRelations)
        try harness.receive(mention(UUID(), reach: 700, eventId: UUID()), from: .mediaRelations)
        var kpis = try harness.publishedKPIs(campaignId)
        XCTAssertEqual(kpis.mentions, 2)
        XCTAssertEqual(kpis.reach, 1500)
        // The same mention again with its link removed: it no longer counts.
        try harness.receive(mention(byCampaign, reach: 1000), from: .mediaRelations)
        kpis = try harness.publishedKPIs(campaignId)
        XCTAssertEqual(kpis.mentions, 1)
        XCTAssertEqual(kpis.reach, 500)
    }

    func testACorrectedReachMovesTheReachOfTheCampaignsItCountsFor() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let campaignId = try await harness.campaign(in: .running, eventIds: [eventId])
        let corrected = UUID()
        for (id, reach) in [(corrected, 12_000), (UUID(), 500)] {
            try harness.receive(
                MentionRecorded(
                    mentionId: id, url: "https://lrt.lt/\(id.uuidString)", outlet: "LRT", publishedAt: Date(), title: "Bibliotekoje",
                    language: "lt", reach: reach, sentiment: .positive, eventId: eventId),
                from: .mediaRelations)
        }
        XCTAssertEqual(try harness.publishedKPIs(campaignId).reach, 12_500)

        try harness.receive(
            MentionCorrected(mentionId: corrected, sentiment: .negative, reach: 1_200, previousSentiment: .positive, previousReach: 12_000),
            from: .mediaRelations)
        let kpis = try harness.publishedKPIs(campaignId)
        XCTAssertEqual(kpis.reach, 1_700)
        XCTAssertEqual(kpis.mentions, 2)
        let kept: Int? = try harness.value("SELECT reach FROM mentions WHERE id = ?", [corrected.uuidString])
        XCTAssertEqual(kept, 1_200)

        // A sentiment-only correction leaves the reach, and so the KPIs, as they are.
        let updates = try await harness.outbox().filter { $0.type == CampaignKPIsUpdated.type }.count
        try harness.receive(
            MentionCorrected(mentionId: corrected, sentiment: .neutral, reach: 1_200, previousSentiment: .negative, previousReach: 1_200),
            from: .mediaRelations)
        let after = try await harness.outbox().filter { $0.type == CampaignKPIsUpdated.type }.count
        XCTAssertEqual(after, updates)
        // A correction of a mention the campaigns service never saw changes nothing and is no error.
        try harness.receive(
            MentionCorrected(mentionId: UUID(), sentiment: .neutral, reach: 9, previousSentiment: .neutral, previousReach: 1),
            from: .mediaRelations)
        XCTAssertEqual(try harness.publishedKPIs(campaignId).reach, 1_700)
    }

    func testSurveyResultsByCampaignBySurveyAndByEventLatestScoresWin() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let listedSurvey = UUID()
        let campaignId = try await harness.campaign(
            in: .running, Sample.campaign(surveyIds: [listedSurvey]), eventIds: [eventId])
        try harness.receive(
            SurveyResultsUpdated(
                surveyId: listedSurvey, purpose: .marketingResearch, responses: 10, nps: 20, satisfaction: 4.0),
            from: .surveys)
        try harness.receive(
            SurveyResultsUpdated(
                surveyId: UUID(), purpose: .eventFeedback, eventId: eventId, responses: 5, nps: 60, satisfaction: nil),
            from: .surveys)
        try harness.receive(
            SurveyResultsUpdated(
                surveyId: UUID(), purpose: .publicOpinion, campaignId: campaignId, responses: 3, nps: nil, satisfaction: nil),
            from: .surveys)
        try harness.receive(
            SurveyResultsUpdated(surveyId: UUID(), purpose: .publicOpinion, responses: 99, nps: -50, satisfaction: 1),
            from: .surveys)
        let kpis = try harness.publishedKPIs(campaignId)
        XCTAssertEqual(kpis.surveyResponses, 18)
        XCTAssertEqual(kpis.nps, 60)
        XCTAssertEqual(kpis.satisfaction, 4.0)
        // A later update of the listed survey replaces its numbers and is now the latest.
        try harness.receive(
            SurveyResultsUpdated(
                surveyId: listedSurvey, purpose: .marketingResearch, responses: 12, nps: 25, satisfaction: 4.5),
            from: .surveys)
        let later = try harness.publishedKPIs(campaignId)
        XCTAssertEqual(later.surveyResponses, 20)
        XCTAssertEqual(later.nps, 25)
        XCTAssertEqual(later.satisfaction, 4.5)
        // Removing the survey from the campaign takes its numbers away.
        try await harness.expectSuccess(UpdateCampaign(campaignId: campaignId, patch: CampaignPatch(surveyIds: [])))
        let without = try harness.publishedKPIs(campaignId)
        XCTAssertEqual(without.surveyResponses, 8)
        XCTAssertEqual(without.nps, 60)
        XCTAssertNil(without.satisfaction)
    }

    func testKPIMessagesNameWhatCausedThem() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let campaignId = try await harness.campaign(eventIds: [eventId])
        _ = try accept(harness, eventId, "Ona")
        let outbox = try await harness.outbox()
        let update = try XCTUnwrap(outbox.last)
        XCTAssertEqual(update.type, CampaignKPIsUpdated.type)
        XCTAssertNotNil(update.causationId)
        XCTAssertEqual(try update.decodePayload(CampaignKPIsUpdated.self).campaignId, campaignId)
    }

    func testKnownMessagesWithoutReactionAreSkippedUnknownOnesThrow() async throws {
        let harness = try makeHarness()
        try harness.receive(EventApproved(eventId: UUID()), from: .events)
        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.count, 0)
        // The reactions on their own, in a synchronous write (as the consumer applies them).
        func applyReactions(_ envelope: Envelope) throws {
            try harness.database.writer.write { db in try harness.reactions.apply(envelope, in: db) }
        }
        let unknown = Envelope(
            type: "registration.accepted", version: 99, source: "events", seq: 1, occurredAt: Date(), payload: .object([:]))
        XCTAssertThrowsError(try applyReactions(unknown))
        let garbled = Envelope(
            type: RegistrationAccepted.type, version: 1, source: "events", seq: 1, occurredAt: Date(),
            payload: .object(["eventId": .string("not-a-uuid")]))
        XCTAssertThrowsError(try applyReactions(garbled))
    }
}

/// Which services the campaigns service consumes.
final class CampaignsSourcesTests: XCTestCase {
    func testSourcesDefaultToAllThreeAndAListChoosesSome() throws {
        XCTAssertEqual(try CampaignsReactions.sources(from: nil), [.events, .mediaRelations, .surveys])
        XCTAssertEqual(try CampaignsReactions.sources(from: "events, surveys"), [.events, .surveys])
        XCTAssertThrowsError(try CampaignsReactions.sources(from: "events,brand"))
        XCTAssertThrowsError(try CampaignsReactions.sources(from: "eventz"))
    }
}

/// Links of finished campaigns stay as they were.
final class FinishedCampaignLinkTests: CampaignsTestCase {
    func testCompletedAndCancelledCampaignsRefuseLinkChanges() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        for status in [CampaignStatus.completed, .cancelled] {
            let id = try await harness.campaign(in: status, eventIds: [eventId])
            let link = try await harness.expectRefusal(LinkCampaignEvent(campaignId: id, eventId: UUID()))
            XCTAssertEqual(link.code, .conflict, status.rawValue)
            let unlink = try await harness.expectRefusal(UnlinkCampaignEvent(campaignId: id, eventId: eventId))
            XCTAssertEqual(unlink.code, .conflict, status.rawValue)
        }
        let unknown = try await harness.expectRefusal(LinkCampaignEvent(campaignId: UUID(), eventId: eventId))
        XCTAssertEqual(unknown.code, .notFound)
    }

    func testLinkingALinkedEventChangesNothing() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let id = try await harness.campaign(eventIds: [eventId])
        let before = try await harness.outbox().count
        let reply = try await harness.send(LinkCampaignEvent(campaignId: id, eventId: eventId))
        XCTAssertTrue(reply.ok)
        XCTAssertNil(reply.seq)
        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.count, before)
    }
}
