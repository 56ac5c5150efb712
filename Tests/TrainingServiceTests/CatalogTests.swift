import Foundation
import KomunikaTesting
import MessageSchema
import TrainingService
import XCTest

/// Readers tell the training service's messages from unknown ones by its
/// catalog: every type it publishes must be there.
final class CatalogTests: TrainingTestCase {
    func testEveryMessageTheServicePublishesIsInItsCatalog() async throws {
        let app = try makeHarness()
        let course = try await app.course()
        try await app.expectSuccess(UpdateCourse(courseId: course, patch: CoursePatch(topic: .marketing)))
        let id = try await app.session(capacity: 1, course: course)
        let first = try await app.enrol(1, in: id)
        let second = try await app.enrol(2, in: id)
        try await app.expectSuccess(CancelEnrolment(sessionId: id, enrolmentId: first.enrolmentId))
        try await app.expectSuccess(
            RecordTrainingAttendance(sessionId: id, enrolmentId: second.enrolmentId, attendance: .present))
        try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .completed))
        let survey = SurveyOpened(
            surveyId: UUID(), titleLt: "Atsiliepimai", purpose: .trainingFeedback, courseId: course, sessionId: id)
        let opened = Envelope(
            type: SurveyOpened.type, version: SurveyOpened.version, source: "surveys", seq: 1, occurredAt: Date(),
            payload: try .from(survey))
        try await app.database.writer.write { db in try TrainingReactions.make().apply(opened, in: db) }
        try await app.expectSuccess(TransitionTrainingSession(sessionId: try await app.session(course: course), to: .cancelled))
        _ = try await app.eraser(TrainingPeople()).erase(email: "bibliotekininke2@kaunas.lt", erasureId: UUID())

        let envelopes = try await app.outbox()
        let types = Set(envelopes.map(\.type))
        XCTAssertEqual(types, Set(TrainingMessageCatalog.all.map { $0.type }), "each catalogued type was published here")
        for envelope in envelopes {
            XCTAssertTrue(
                MessageCatalog.isKnown(source: "training", type: envelope.type, version: envelope.version), envelope.type)
        }
    }
}
