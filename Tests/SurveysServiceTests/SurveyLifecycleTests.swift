import Foundation
import MessageSchema
import XCTest

@testable import SurveysService

/// draft → open → closed, with the messages each step publishes, and every
/// step the lifecycle refuses.
final class SurveyLifecycleTests: SurveysTestCase {
    func testDraftGetsQuestionsOpensTakesAnswersAndCloses() async throws {
        let harness = try makeHarness()
        let id = UUID()
        let first = Array(Sample.questions.prefix(1))
        try await harness.expectSuccess(CreateSurvey(surveyId: id, details: Sample.details("Skaitytojų apklausa 2027"), questions: first))
        try await harness.expectSuccess(AddSurveyQuestion(surveyId: id, question: Sample.questions[1]))
        try await harness.expectSuccess(TransitionSurvey(surveyId: id, to: .open))
        try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: Sample.answers()))
        try await harness.expectSuccess(TransitionSurvey(surveyId: id, to: .closed))

        let types = try await harness.outbox().map(\.type)
        XCTAssertEqual(
            types,
            [
                SurveyCreated.type, SurveyQuestionAdded.type, SurveyOpened.type, SurveyResponseAccepted.type,
                SurveyResultsUpdated.type, SurveyClosed.type,
            ])
        let created = try await harness.published(SurveyCreated.self)
        XCTAssertEqual(created.first?.details.titleLt, "Skaitytojų apklausa 2027")
        XCTAssertEqual(created.first?.questions.map(\.id), ["recommend"])
        let opened = try await harness.published(SurveyOpened.self)
        XCTAssertEqual(opened, [SurveyOpened(surveyId: id, titleLt: "Skaitytojų apklausa 2027", purpose: .publicOpinion)])
        let status = try await harness.read { db in
            try String.fetchOne(db, sql: "SELECT status FROM surveys WHERE id = ?", arguments: [id.uuidString])
        }
        XCTAssertEqual(status, "closed")
        let positions = try await harness.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM surveyQuestions WHERE surveyId = ? ORDER BY position", arguments: [id.uuidString])
        }
        XCTAssertEqual(positions, ["recommend", "stars"])
    }

    func testIllegalTransitionsAreRefusedNamingTheStatuses() async throws {
        let harness = try makeHarness()
        let draft = try await harness.survey(.draft)
        var failure = try await harness.expectRefusal(TransitionSurvey(surveyId: draft, to: .closed))
        XCTAssertEqual(failure.code, .illegalTransition)
        XCTAssertEqual(failure.details?["from"], "draft")
        XCTAssertTrue(failure.message.contains("it can move to open"), failure.message)

        let closed = try await harness.survey(.closed)
        failure = try await harness.expectRefusal(TransitionSurvey(surveyId: closed, to: .open))
        XCTAssertEqual(failure.code, .illegalTransition)
        XCTAssertTrue(failure.message.contains("a closed survey cannot change status"), failure.message)

        let open = try await harness.survey(.open)
        failure = try await harness.expectRefusal(TransitionSurvey(surveyId: open, to: .draft))
        XCTAssertEqual(failure.code, .illegalTransition)
        failure = try await harness.expectRefusal(TransitionSurvey(surveyId: open, to: .open))
        XCTAssertEqual(failure.code, .illegalTransition)
    }

    func testSurveyWithoutQuestionsDoesNotOpen() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey(.draft, questions: [])
        let failure = try await harness.expectRefusal(TransitionSurvey(surveyId: id, to: .open))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertTrue(failure.message.contains("no questions"), failure.message)
        let opened = try await harness.published(SurveyOpened.self)
        XCTAssertTrue(opened.isEmpty)
    }

    func testQuestionsAreAddedOnlyToDrafts() async throws {
        let harness = try makeHarness()
        let open = try await harness.survey(.open)
        let extra = SurveyQuestion(id: "extra", type: .freeText, textLt: "Dar kas nors?", required: false)
        let failure = try await harness.expectRefusal(AddSurveyQuestion(surveyId: open, question: extra))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertEqual(failure.details?["status"], "open")
        let count = try await harness.count("SELECT COUNT(*) FROM surveyQuestions WHERE id = 'extra'")
        XCTAssertEqual(count, 0)
    }

    func testUnknownSurveyIsNotFound() async throws {
        let harness = try makeHarness()
        let id = UUID()
        let failure = try await harness.expectRefusal(TransitionSurvey(surveyId: id, to: .open))
        XCTAssertEqual(failure.code, .notFound)
        XCTAssertEqual(failure.details?["surveyId"], id.uuidString)
        let answer = try await harness.expectRefusal(SubmitResponse(surveyId: id, answers: Sample.answers()))
        XCTAssertEqual(answer.code, .notFound)
    }

    func testTheSameSurveyIdTwiceIsAConflict() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey(.draft)
        let failure = try await harness.expectRefusal(CreateSurvey(surveyId: id, details: Sample.details("Kita")))
        XCTAssertEqual(failure.code, .conflict)
        let count = try await harness.count("SELECT COUNT(*) FROM surveys")
        XCTAssertEqual(count, 1)
    }

    func testUnknownCommandIsRefused() async throws {
        let harness = try makeHarness()
        let reply = await harness.handler.handle(CommandRequest(name: "surveys.delete-everything", idempotencyKey: "k", payload: .object([:])))
        XCTAssertEqual(reply.failure?.code, .unknownCommand)
    }
}
