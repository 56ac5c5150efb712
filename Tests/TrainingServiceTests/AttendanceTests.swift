import MessageSchema
import TrainingService
import XCTest

final class AttendanceTests: TrainingTestCase {
    func testAttendanceIsRecordedAndMayBeCorrectedWhilePlanned() async throws {
        let app = try makeHarness()
        let id = try await app.session()
        let enrolment = try await app.enrol(1, in: id)

        let absent = try await app.expectSuccess(
            RecordTrainingAttendance(sessionId: id, enrolmentId: enrolment.enrolmentId, attendance: .absent))
        XCTAssertEqual(absent.attendance, .absent)
        try await app.expectSuccess(
            RecordTrainingAttendance(sessionId: id, enrolmentId: enrolment.enrolmentId, attendance: .excused))

        let stored = try await app.enrolments(id)
        XCTAssertEqual(stored.map(\.attendance), [.excused])
        let last = try await app.outbox().last
        XCTAssertEqual(
            try last?.decodePayload(TrainingAttendanceRecorded.self),
            TrainingAttendanceRecorded(enrolmentId: enrolment.enrolmentId, sessionId: id, attendance: .excused))
    }

    func testOnlyAcceptedEnrolmentsOfAPlannedSessionHaveAttendance() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 1)
        try await app.enrol(1, in: id)
        let waiting = try await app.enrol(2, in: id)
        let failure = try await app.expectRefusal(
            RecordTrainingAttendance(sessionId: id, enrolmentId: waiting.enrolmentId, attendance: .present))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertEqual(failure.details?["status"], "waitlisted")

        let unknown = try await app.expectRefusal(
            RecordTrainingAttendance(sessionId: id, enrolmentId: UUID(), attendance: .present))
        XCTAssertEqual(unknown.code, .notFound)

        try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .cancelled))
        let closed = try await app.expectRefusal(
            RecordTrainingAttendance(sessionId: id, enrolmentId: waiting.enrolmentId, attendance: .present))
        XCTAssertEqual(closed.code, .conflict)
        XCTAssertEqual(closed.details?["status"], "cancelled")
    }
}
