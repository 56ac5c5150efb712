import MessageSchema
import TrainingService
import XCTest

final class SessionTests: TrainingTestCase {
    func testPlanningASessionOfACourse() async throws {
        let app = try makeHarness()
        let courseId = try await app.course()
        let details = Sample.session(capacity: 12)
        let ref = try await app.expectSuccess(PlanTrainingSession(courseId: courseId, details: details))

        XCTAssertEqual(ref.status, .planned)
        let stored = try await app.session(ref.sessionId)
        XCTAssertEqual(stored?.status, .planned)
        XCTAssertEqual(stored?.details, details)
        XCTAssertEqual(stored?.courseId, courseId)
        let last = try await app.outbox().last
        XCTAssertEqual(
            try last?.decodePayload(TrainingSessionPlanned.self),
            TrainingSessionPlanned(sessionId: ref.sessionId, courseId: courseId, details: details))
    }

    func testAnOnlineSessionNeedsAWebLink() async throws {
        let app = try makeHarness()
        let courseId = try await app.course()
        let online = Sample.session(place: TrainingPlace(kind: .online, url: "https://meet.lnb.lt/mokymai"))
        try await app.expectSuccess(PlanTrainingSession(courseId: courseId, details: online))

        for url in [nil, "meet.lnb.lt", "ftp://lnb.lt/x", "https://"] {
            let details = Sample.session(place: TrainingPlace(kind: .online, url: url))
            let failure = try await app.expectRefusal(PlanTrainingSession(courseId: courseId, details: details))
            XCTAssertEqual(failure.details?["field"], "place.url", url ?? "nil")
        }
    }

    func testRefusedSessions() async throws {
        let app = try makeHarness()
        let courseId = try await app.course()
        var noTrainer = Sample.session()
        noTrainer.trainer = "  "
        let cases: [(TrainingSessionDetails, String)] = [
            (Sample.session(from: "2026-12-03T16:00", to: "2026-12-03T10:00"), "endsAt"),
            (Sample.session(capacity: 0), "capacity"),
            (Sample.session(place: TrainingPlace(kind: .lithuania, address: "Gedimino pr. 51")), "place.city"),
            (noTrainer, "trainer"),
        ]
        for (details, field) in cases {
            let failure = try await app.expectRefusal(PlanTrainingSession(courseId: courseId, details: details))
            XCTAssertEqual(failure.code, .invalid, field)
            XCTAssertEqual(failure.details?["field"], field)
        }
        let unknown = try await app.expectRefusal(PlanTrainingSession(courseId: UUID(), details: Sample.session()))
        XCTAssertEqual(unknown.code, .notFound)
        let envelopes = try await app.outbox()
        XCTAssertEqual(envelopes.map(\.type), ["course.created"])
    }

    func testCancellingAPlannedSessionWithAReason() async throws {
        let app = try makeHarness()
        let id = try await app.session()
        let ref = try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .cancelled, reason: " Lektorė serga "))
        XCTAssertEqual(ref.status, .cancelled)
        let stored = try await app.session(id)
        XCTAssertEqual(stored?.status, .cancelled)
        XCTAssertEqual(stored?.cancelReason, "Lektorė serga")
        let last = try await app.outbox().last
        XCTAssertEqual(try last?.decodePayload(TrainingSessionCancelled.self).reason, "Lektorė serga")
    }

    func testACancelledOrCompletedSessionCannotChangeStatus() async throws {
        let app = try makeHarness()
        let cancelled = try await app.session()
        try await app.expectSuccess(TransitionTrainingSession(sessionId: cancelled, to: .cancelled))
        for to in TrainingSessionStatus.allCases {
            let failure = try await app.expectRefusal(TransitionTrainingSession(sessionId: cancelled, to: to))
            XCTAssertEqual(failure.code, .illegalTransition)
        }
        let completed = try await app.session()
        try await app.expectSuccess(TransitionTrainingSession(sessionId: completed, to: .completed))
        let again = try await app.expectRefusal(TransitionTrainingSession(sessionId: completed, to: .cancelled))
        XCTAssertEqual(again.code, .illegalTransition)
        XCTAssertEqual(again.details?["from"], "completed")
        let back = try await app.expectRefusal(TransitionTrainingSession(sessionId: try await app.session(), to: .planned))
        XCTAssertEqual(back.code, .illegalTransition)
        let unknown = try await app.expectRefusal(TransitionTrainingSession(sessionId: UUID(), to: .completed))
        XCTAssertEqual(unknown.code, .notFound)
    }
}
