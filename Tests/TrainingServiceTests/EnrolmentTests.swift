import MessageSchema
import TrainingService
import XCTest

final class EnrolmentTests: TrainingTestCase {
    func testPlacesFillThenTheWaitingListTakesOver() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 2)
        var outcomes: [EnrolmentOutcome] = []
        for number in 1...4 { outcomes.append(try await app.enrol(number, in: id)) }

        XCTAssertEqual(outcomes.map(\.status), [.accepted, .accepted, .waitlisted, .waitlisted])
        XCTAssertEqual(outcomes.map(\.position), [nil, nil, 1, 2])
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, EnrolmentCounts(accepted: 2, waitlisted: 2, cancelled: 0))
        let envelopes = try await app.outbox().suffix(4)
        XCTAssertEqual(
            envelopes.map(\.type),
            ["enrolment.accepted", "enrolment.accepted", "enrolment.waitlisted", "enrolment.waitlisted"])
        let waitlisted = try envelopes.last!.decodePayload(EnrolmentWaitlisted.self)
        XCTAssertEqual(waitlisted.position, 2)
        XCTAssertEqual(waitlisted.trainee, Sample.trainee(4))
    }

    func testCancellingAnAcceptedEnrolmentPromotesTheFirstWaiting() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 2)
        var outcomes: [EnrolmentOutcome] = []
        for number in 1...4 { outcomes.append(try await app.enrol(number, in: id)) }

        let cancelled = try await app.expectSuccess(CancelEnrolment(sessionId: id, enrolmentId: outcomes[0].enrolmentId))

        XCTAssertEqual(cancelled.status, .cancelled)
        XCTAssertEqual(cancelled.promotedEnrolmentId, outcomes[2].enrolmentId)
        let envelopes = try await app.outbox().suffix(2)
        XCTAssertEqual(envelopes.map(\.type), ["enrolment.cancelled", "enrolment.promoted"])
        XCTAssertEqual(try envelopes.first!.decodePayload(EnrolmentCancelled.self).previousStatus, .accepted)
        let enrolments = try await app.enrolments(id)
        XCTAssertEqual(enrolments.map(\.status), [.cancelled, .accepted, .accepted, .waitlisted])
        let next = try await app.enrol(5, in: id)
        XCTAssertEqual(next.position, 2, "the fourth trainee is now first, the fifth second")
    }

    func testCancellingAWaitingEnrolmentPromotesNobody() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 1)
        try await app.enrol(1, in: id)
        let waiting = try await app.enrol(2, in: id)
        let cancelled = try await app.expectSuccess(CancelEnrolment(sessionId: id, enrolmentId: waiting.enrolmentId))
        XCTAssertNil(cancelled.promotedEnrolmentId)
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, EnrolmentCounts(accepted: 1, waitlisted: 0, cancelled: 1))
    }

    func testTheSameEmailTwiceInOneSessionIsAConflictWhateverItsCase() async throws {
        let app = try makeHarness()
        let id = try await app.session()
        let first = try await app.enrol(1, in: id)
        var same = Sample.trainee(1)
        same.name = "Kita bibliotekininkė"
        same.email = " BIBLIOTEKININKE1@Kaunas.LT "
        let failure = try await app.expectRefusal(EnrolTrainee(sessionId: id, trainee: same))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertEqual(failure.details?["enrolmentId"], first.enrolmentId.uuidString)

        // In another session the address is welcome; after cancelling, again in this one.
        try await app.enrol(1, in: try await app.session())
        try await app.expectSuccess(CancelEnrolment(sessionId: id, enrolmentId: first.enrolmentId))
        let again = try await app.enrol(1, in: id)
        XCTAssertEqual(again.status, .accepted)
    }

    func testATraineeMustGiveEveryField() async throws {
        let app = try makeHarness()
        let id = try await app.session()
        let good = Sample.trainee(1)
        let cases: [(Trainee, String)] = [
            (Trainee(name: " ", institution: good.institution, municipality: good.municipality, email: good.email), "name"),
            (Trainee(name: good.name, institution: "", municipality: good.municipality, email: good.email), "institution"),
            (Trainee(name: good.name, institution: good.institution, municipality: " ", email: good.email), "municipality"),
            (Trainee(name: good.name, institution: good.institution, municipality: good.municipality, email: "ona.lnb.lt"), "email"),
            (Trainee(name: good.name, institution: good.institution, municipality: good.municipality, email: "ona@lnb"), "email"),
            (Trainee(name: good.name, institution: good.institution, municipality: good.municipality, email: "o na@lnb.lt"), "email"),
        ]
        for (trainee, field) in cases {
            let failure = try await app.expectRefusal(EnrolTrainee(sessionId: id, trainee: trainee))
            XCTAssertEqual(failure.code, .invalid, field)
            XCTAssertEqual(failure.details?["field"], field, trainee.email)
        }
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, EnrolmentCounts(accepted: 0, waitlisted: 0, cancelled: 0))
    }

    func testOnlyOneOfTheSixtyMunicipalitiesIsAccepted() async throws {
        let app = try makeHarness()
        let id = try await app.session()
        var trainee = Sample.trainee(1)
        trainee.municipality = "Panevėžio m. sav."
        let failure = try await app.expectRefusal(EnrolTrainee(sessionId: id, trainee: trainee))
        XCTAssertEqual(failure.code, .invalid)
        XCTAssertEqual(failure.details?["field"], "municipality")
        XCTAssertEqual(
            failure.message,
            "'Panevėžio m. sav.' is not one of Lithuania's 60 municipalities (municipality takes the official name, such as 'Vilniaus miesto savivaldybė')."
        )

        trainee.municipality = " Zarasų rajono savivaldybė "
        let enrolled = try await app.expectSuccess(EnrolTrainee(sessionId: id, trainee: trainee))
        XCTAssertEqual(enrolled.status, .accepted)
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, EnrolmentCounts(accepted: 1, waitlisted: 0, cancelled: 0))
    }

    func testEnrolmentRefusals() async throws {
        let app = try makeHarness()
        let unknown = try await app.expectRefusal(EnrolTrainee(sessionId: UUID(), trainee: Sample.trainee(1)))
        XCTAssertEqual(unknown.code, .notFound)

        let id = try await app.session()
        let enrolment = try await app.enrol(1, in: id)
        let twice = try await app.expectRefusal(
            EnrolTrainee(enrolmentId: enrolment.enrolmentId, sessionId: id, trainee: Sample.trainee(2)))
        XCTAssertEqual(twice.code, .conflict)
        try await app.expectSuccess(CancelEnrolment(sessionId: id, enrolmentId: enrolment.enrolmentId))
        let cancelledTwice = try await app.expectRefusal(CancelEnrolment(sessionId: id, enrolmentId: enrolment.enrolmentId))
        XCTAssertEqual(cancelledTwice.code, .conflict)
        let otherSession = try await app.expectRefusal(
            CancelEnrolment(sessionId: try await app.session(), enrolmentId: enrolment.enrolmentId))
        XCTAssertEqual(otherSession.code, .notFound)

        try await app.expectSuccess(TransitionTrainingSession(sessionId: id, to: .cancelled))
        let closed = try await app.expectRefusal(EnrolTrainee(sessionId: id, trainee: Sample.trainee(3)))
        XCTAssertEqual(closed.code, .conflict)
        XCTAssertEqual(closed.details?["status"], "cancelled")
    }

    func testARetriedCommandAnswersTheSameAndEnrolsOnce() async throws {
        let app = try makeHarness()
        let id = try await app.session()
        let command = EnrolTrainee(sessionId: id, trainee: Sample.trainee(1))
        let first = try await app.send(command, key: "enrol-1")
        let second = try await app.send(command, key: "enrol-1")
        XCTAssertTrue(first.ok)
        XCTAssertEqual(first, second)
        let counts = try await app.counts(id)
        XCTAssertEqual(counts.accepted, 1)
        let unknown = await app.handler.handle(CommandRequest(name: "training.teach", idempotencyKey: "x", payload: .object([:])))
        XCTAssertEqual(unknown.failure?.code, .unknownCommand)
    }
}
