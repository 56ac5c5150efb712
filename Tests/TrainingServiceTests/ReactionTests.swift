import Foundation
import GRDB
import MessageSchema
import ServiceKit
import TrainingService
import XCTest

/// The training service's reaction to the surveys service, applied as the
/// consumer applies it: a real envelope, in a write transaction of the real file.
final class ReactionTests: TrainingTestCase {
    private func apply(_ message: SurveyOpened, seq: Int64, to app: TrainingHarness) async throws {
        let envelope = Envelope(
            type: SurveyOpened.type, version: SurveyOpened.version, source: "surveys", seq: seq, occurredAt: Date(),
            payload: try .from(message))
        let reactions = TrainingReactions.make()
        try await app.database.writer.write { db in try reactions.apply(envelope, in: db) }
    }

    func testTheFeedbackSurveyOfACompletedSessionIsLinkedOnce() async throws {
        let app = try makeHarness()
        let course = try await app.course()
        let id = try await app.session(course: course)
        try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .completed))
        let survey = SurveyOpened(
            surveyId: UUID(derivedFrom: "surveys:training-feedback:\(id)"), titleLt: "Atsiliepimai",
            purpose: .trainingFeedback, courseId: course, sessionId: id)

        try await apply(survey, seq: 1, to: app)
        try await apply(survey, seq: 1, to: app)

        let session = try await app.session(id)
        XCTAssertEqual(session?.feedbackSurveyId, survey.surveyId)
        let linked = try await app.outbox().filter { $0.type == TrainingFeedbackSurveyLinked.type }
        XCTAssertEqual(linked.count, 1, "a replay links nothing again")
        XCTAssertEqual(
            try linked.first?.decodePayload(TrainingFeedbackSurveyLinked.self),
            TrainingFeedbackSurveyLinked(sessionId: id, courseId: course, surveyId: survey.surveyId))
    }

    func testOtherSurveysAreNotItsBusiness() async throws {
        let app = try makeHarness()
        let id = try await app.session()
        let before = try await app.outbox().count
        try await apply(SurveyOpened(surveyId: UUID(), titleLt: "Renginio apklausa", purpose: .eventFeedback, eventId: UUID()), seq: 1, to: app)
        try await apply(SurveyOpened(surveyId: UUID(), titleLt: "Kursų apklausa", purpose: .trainingFeedback), seq: 2, to: app)
        let after = try await app.outbox().count
        XCTAssertEqual(after, before)
        let session = try await app.session(id)
        XCTAssertNil(session?.feedbackSurveyId)
    }

    func testASurveyOfAnUnknownSessionIsRefusedForTheDeadLetters() async throws {
        let app = try makeHarness()
        let survey = SurveyOpened(surveyId: UUID(), titleLt: "Atsiliepimai", purpose: .trainingFeedback, sessionId: UUID())
        do {
            try await apply(survey, seq: 1, to: app)
            XCTFail("a survey of an unknown session was applied")
        } catch {
            XCTAssertTrue("\(error)".contains("does not have"), "\(error)")
        }
        let envelopes = try await app.outbox()
        XCTAssertTrue(envelopes.isEmpty)
    }

    func testAnUnknownSurveysMessageIsRefused() async throws {
        let app = try makeHarness()
        let envelope = Envelope(
            type: "survey.renamed", version: 1, source: "surveys", seq: 1, occurredAt: Date(), payload: .object([:]))
        let reactions = TrainingReactions.make()
        do {
            try await app.database.writer.write { db in try reactions.apply(envelope, in: db) }
            XCTFail("an unknown message type was applied")
        } catch {
            XCTAssertEqual(error as? MessageSchemaError, .unknownType("survey.renamed", version: 1))
        }
    }
}
