import MessageSchema
import TrainingService
import XCTest

final class CompletionTests: TrainingTestCase {
    func testCompletionIsRefusedUntilEveryAcceptedEnrolmentHasAttendance() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 3)
        let enrolments = [try await app.enrol(1, in: id), try await app.enrol(2, in: id), try await app.enrol(3, in: id)]
        try await app.enrol(4, in: id)  // waitlisted: needs no attendance
        try await app.expectSuccess(
            RecordTrainingAttendance(sessionId: id, enrolmentId: enrolments[1].enrolmentId, attendance: .present))

        let failure = try await app.expectRefusal(TransitionTrainingSession(sessionId: id, to: .completed))

        XCTAssertEqual(failure.code, .conflict)
        XCTAssertEqual(failure.details?["missing"], "Bibliotekininkė 1, Bibliotekininkė 3")
        XCTAssertTrue(failure.message.contains("Bibliotekininkė 1, Bibliotekininkė 3"), failure.message)
        let session = try await app.session(id)
        XCTAssertEqual(session?.status, .planned)
        let certificates = try await app.certificates(id)
        XCTAssertTrue(certificates.isEmpty)
    }

    func testCompletionIssuesCertificatesToThosePresentOnly() async throws {
        let app = try makeHarness()
        let courseId = try await app.course()
        let id = try await app.session(capacity: 3, course: courseId)
        let enrolments = [try await app.enrol(1, in: id), try await app.enrol(2, in: id), try await app.enrol(3, in: id)]
        let attendance: [TrainingAttendance] = [.present, .absent, .present]
        for (enrolment, mark) in zip(enrolments, attendance) {
            try await app.expectSuccess(
                RecordTrainingAttendance(sessionId: id, enrolmentId: enrolment.enrolmentId, attendance: mark))
        }
        let before = try await app.outbox().count

        let ref = try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .completed))

        XCTAssertEqual(ref.status, .completed)
        XCTAssertEqual(ref.certificateCodes.count, 2)
        let session = try await app.session(id)
        XCTAssertEqual(session?.status, .completed)
        let envelopes = Array(try await app.outbox().dropFirst(before))
        XCTAssertEqual(envelopes.map(\.type), ["training.session-completed", "certificate.issued", "certificate.issued"])
        let completed = try envelopes[0].decodePayload(TrainingSessionCompleted.self)
        XCTAssertEqual(completed.courseId, courseId)
        XCTAssertEqual(completed.courseTitleLt, Sample.course().titleLt)
        XCTAssertEqual(completed.endedAt, Sample.session().endsAt)
        XCTAssertEqual(completed.presentEnrolmentIds, [enrolments[0].enrolmentId, enrolments[2].enrolmentId])

        let issued = try envelopes.dropFirst().map { try $0.decodePayload(CertificateIssued.self) }
        XCTAssertEqual(issued.map(\.name), ["Bibliotekininkė 1", "Bibliotekininkė 3"])
        XCTAssertEqual(issued.map(\.code), ref.certificateCodes)
        XCTAssertEqual(Set(issued.map(\.enrolmentId)), [enrolments[0].enrolmentId, enrolments[2].enrolmentId])
        XCTAssertEqual(issued[0].courseTitleLt, Sample.course().titleLt)
        XCTAssertEqual(issued[0].sessionStartsAt, Sample.session().startsAt)
        let stored = try await app.certificates(id)
        XCTAssertEqual(stored.map(\.code), issued.map(\.code))
        XCTAssertEqual(stored.map(\.enrolmentId), issued.map(\.enrolmentId))
        XCTAssertEqual(stored.map(\.certificateId), issued.map(\.certificateId))
        for (kept, announced) in zip(stored, issued) {
            XCTAssertEqual(kept.issuedAt.timeIntervalSince1970, announced.issuedAt.timeIntervalSince1970, accuracy: 0.001)
        }
    }

    func testVerificationCodesAreTwelveUnambiguousCharactersAndUnique() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 40)
        for number in 1...40 {
            let enrolment = try await app.enrol(number, in: id)
            try await app.expectSuccess(
                RecordTrainingAttendance(sessionId: id, enrolmentId: enrolment.enrolmentId, attendance: .present))
        }
        let ref = try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .completed))

        let allowed = Set("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        XCTAssertEqual(ref.certificateCodes.count, 40)
        XCTAssertEqual(Set(ref.certificateCodes).count, 40)
        for code in ref.certificateCodes {
            XCTAssertEqual(code.count, 12, code)
            XCTAssertTrue(code.allSatisfy(allowed.contains), code)
        }
        // 40 codes of 32 letters: in 480 characters, far more than 5 distinct letters appear.
        XCTAssertGreaterThan(Set(ref.certificateCodes.joined()).count, 20)
    }

    func testACompletedSessionIsClosed() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 1)
        let enrolment = try await app.enrol(1, in: id)
        let waiting = try await app.enrol(2, in: id)
        try await app.expectSuccess(
            RecordTrainingAttendance(sessionId: id, enrolmentId: enrolment.enrolmentId, attendance: .present))
        try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .completed))

        let enrol = try await app.expectRefusal(EnrolTrainee(sessionId: id, trainee: Sample.trainee(3)))
        XCTAssertEqual(enrol.code, .conflict)
        let cancel = try await app.expectRefusal(CancelEnrolment(sessionId: id, enrolmentId: enrolment.enrolmentId))
        XCTAssertEqual(cancel.code, .conflict)
        let mark = try await app.expectRefusal(
            RecordTrainingAttendance(sessionId: id, enrolmentId: enrolment.enrolmentId, attendance: .absent))
        XCTAssertEqual(mark.code, .conflict)
        let promoted = try await app.enrolments(id)
        XCTAssertEqual(promoted.last?.id, waiting.enrolmentId)
        XCTAssertEqual(promoted.last?.status, .waitlisted)
        let certificates = try await app.certificates(id)
        XCTAssertEqual(certificates.count, 1)
    }
}
