import Foundation
import MessageSchema
import XCTest

@testable import SurveysService

/// Feedback surveys open by themselves when an event is held or a training
/// session completed, once however often the message comes.
final class ReactionTests: SurveysTestCase {
    func testEventHeldOpensItsFeedbackSurveyOnce() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        try await harness.apply(Sample.envelope(EventProposed(eventId: eventId, details: Sample.eventDetails("Paroda „Knyga“")), seq: 1))
        try await harness.apply(Sample.envelope(EventUpdated(eventId: eventId, details: Sample.eventDetails("Paroda „Knygų menas“")), seq: 2))
        try await harness.apply(Sample.envelope(EventApproved(eventId: eventId), seq: 3))
        let held = try Sample.envelope(EventHeld(eventId: eventId, eventType: .exhibition), seq: 4)
        try await harness.apply(held)
        try await harness.apply(held)

        let surveyId = UUID(derivedFrom: "surveys:event-feedback:\(eventId)")
        let created = try await harness.published(SurveyCreated.self)
        XCTAssertEqual(created.count, 1)
        XCTAssertEqual(created.first?.surveyId, surveyId)
        XCTAssertEqual(created.first?.details.titleLt, "Atsiliepimai: Paroda „Knygų menas“")
        XCTAssertEqual(created.first?.details.purpose, .eventFeedback)
        XCTAssertEqual(created.first?.details.eventId, eventId)
        XCTAssertEqual(created.first?.details.anonymous, true)
        XCTAssertNil(created.first?.details.quota)
        let questions = try XCTUnwrap(created.first?.questions)
        XCTAssertEqual(questions.map(\.id), ["recommend", "satisfaction", "comment"])
        XCTAssertEqual(questions.map(\.type), [.nps, .starRating, .freeText])
        XCTAssertEqual(questions.map(\.required), [true, true, false])
        XCTAssertEqual(
            questions.map(\.textLt),
            [
                "Kaip tikėtina, kad rekomenduotumėte šį renginį?", "Kaip vertinate renginį?", "Ką norėtumėte pasakyti?",
            ])
        let opened = try await harness.published(SurveyOpened.self)
        XCTAssertEqual(
            opened, [SurveyOpened(surveyId: surveyId, titleLt: "Atsiliepimai: Paroda „Knygų menas“", purpose: .eventFeedback, eventId: eventId)])
        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.map(\.causationId), [held.id, held.id])
        let surveys = try await harness.count("SELECT COUNT(*) FROM surveys")
        XCTAssertEqual(surveys, 1)

        // Answers arrive at once, and the headline results name the event.
        try await harness.expectSuccess(SubmitResponse(surveyId: surveyId, answers: ["recommend": .number(10), "satisfaction": .number(4)]))
        let results = try await harness.published(SurveyResultsUpdated.self)
        XCTAssertEqual(results.first?.eventId, eventId)
        XCTAssertEqual(results.first?.nps, 100)
        XCTAssertEqual(results.first?.satisfaction, 4)
    }

    func testTrainingSessionCompletedOpensItsFeedbackSurveyOnce() async throws {
        let harness = try makeHarness()
        let session = TrainingSessionCompleted(
            sessionId: UUID(), courseId: UUID(), courseTitleLt: "Socialinė komunikacija bibliotekose",
            endedAt: Date(timeIntervalSince1970: 1_795_000_000), presentEnrolmentIds: [UUID()])
        let envelope = try Sample.envelope(session, source: "training", seq: 1)
        try await harness.apply(envelope)
        try await harness.apply(envelope)
        let created = try await harness.published(SurveyCreated.self)
        XCTAssertEqual(created.count, 1)
        XCTAssertEqual(created.first?.surveyId, UUID(derivedFrom: "surveys:training-feedback:\(session.sessionId)"))
        XCTAssertEqual(created.first?.details.titleLt, "Atsiliepimai: Socialinė komunikacija bibliotekose")
        XCTAssertEqual(created.first?.details.purpose, .trainingFeedback)
        XCTAssertEqual(created.first?.details.courseId, session.courseId)
        XCTAssertEqual(created.first?.details.sessionId, session.sessionId)
        XCTAssertNil(created.first?.details.eventId)
        XCTAssertEqual(created.first?.questions.map(\.id), ["recommend", "satisfaction", "comment"])
        let opened = try await harness.published(SurveyOpened.self)
        XCTAssertEqual(opened.count, 1)
    }

    /// A replay from seq 1 (the offset left aside, as after an operator's
    /// reconcile) derives the same UUIDv5 ids again, so the reactions find
    /// their surveys there and create nothing twice.
    func testReplayingEverySourceFromSeq1CreatesEachFeedbackSurveyOnce() async throws {
        let harness = try makeHarness()
        let (first, second) = (UUID(), UUID())
        let session = TrainingSessionCompleted(
            sessionId: UUID(), courseId: UUID(), courseTitleLt: "Žiniasklaidos ryšiai",
            endedAt: Date(timeIntervalSince1970: 1_795_000_000), presentEnrolmentIds: [UUID()])
        let events = [
            try Sample.envelope(EventProposed(eventId: first, details: Sample.eventDetails("Paroda „Knyga“")), seq: 1),
            try Sample.envelope(EventProposed(eventId: second, details: Sample.eventDetails("Knygos pristatymas")), seq: 2),
            try Sample.envelope(EventHeld(eventId: first, eventType: .exhibition), seq: 3),
            try Sample.envelope(EventHeld(eventId: second, eventType: .bookPresentation), seq: 4),
        ]
        let training = [try Sample.envelope(session, source: "training", seq: 1)]
        for pass in 1...2 {
            for envelope in events + training { try await harness.apply(envelope) }
            let created = try await harness.published(SurveyCreated.self)
            XCTAssertEqual(
                created.map(\.surveyId),
                [
                    UUID(derivedFrom: "surveys:event-feedback:\(first)"), UUID(derivedFrom: "surveys:event-feedback:\(second)"),
                    UUID(derivedFrom: "surveys:training-feedback:\(session.sessionId)"),
                ], "pass \(pass)")
            XCTAssertTrue(created.allSatisfy { $0.surveyId.uuidString.dropFirst(14).hasPrefix("5") }, "pass \(pass)")
            let surveys = try await harness.count("SELECT COUNT(*) FROM surveys")
            XCTAssertEqual(surveys, 3, "pass \(pass)")
            let opened = try await harness.published(SurveyOpened.self)
            XCTAssertEqual(opened.count, 3, "pass \(pass)")
        }
    }

    func testEventHeldWithoutItsProposalIsRefusedForTheDeadLetters() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        do {
            try await harness.apply(Sample.envelope(EventHeld(eventId: eventId, eventType: .conference), seq: 1))
            XCTFail("an event never proposed was given a survey")
        } catch let error as SurveysReactionError {
            XCTAssertEqual(error, .unknownEvent(eventId))
        }
        let surveys = try await harness.count("SELECT COUNT(*) FROM surveys")
        XCTAssertEqual(surveys, 0)
        let offsets = try await harness.count("SELECT COUNT(*) FROM consumerOffset")
        XCTAssertEqual(offsets, 0)
    }

    func testUnknownMessageTypesAreRefusedAndKnownOnesSkipped() async throws {
        let harness = try makeHarness()
        let unknown = Envelope(
            type: "event.teleported", version: 1, source: "events", seq: 1, occurredAt: Date(), payload: .object([:]))
        do {
            try await harness.apply(unknown)
            XCTFail("an unknown message type was applied")
        } catch let error as MessageSchemaError {
            XCTAssertEqual(error, .unknownType("event.teleported", version: 1))
        }
        try await harness.apply(Sample.envelope(EventCancelled(eventId: UUID(), reason: nil), seq: 1))
        let appliedSeq = try await harness.count("SELECT appliedSeq FROM consumerOffset WHERE source = 'events'")
        XCTAssertEqual(appliedSeq, 1)
        let published = try await harness.outbox().count
        XCTAssertEqual(published, 0)
    }
}

/// The sources the service reacts to, as `KOMUNIKA_SURVEYS_SOURCES` names them.
final class ReactionSourcesTests: XCTestCase {
    func testSourcesAreReadFromAListAndUnknownOnesRefused() throws {
        XCTAssertEqual(try SurveysReactions.sources(from: nil), [.events, .training])
        XCTAssertEqual(try SurveysReactions.sources(from: "events"), [.events])
        XCTAssertThrowsError(try SurveysReactions.sources(from: "events,brand")) { error in
            XCTAssertEqual(error as? SurveysReactionError, .unknownSource("brand"))
        }
    }
}
