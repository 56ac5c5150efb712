import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayTraining

final class TrainingReadModelTests: XCTestCase {
    private var fixture: ReadModelFixture!
    private var feed: MessageFeed!

    override func setUpWithError() throws {
        fixture = try ReadModelFixture()
        feed = MessageFeed(fixture.database, source: .training)
    }

    func testTheMigrationIsNamedForTheTrainingPart() throws {
        let applied = try feed.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        XCTAssertTrue(applied.contains("gateway-training-v1"), "\(applied)")
    }

    func testCoursesAndTheirUpdates() throws {
        let id = UUID()
        try feed.apply(CourseCreated(courseId: id, details: TrainingSample.course("Rinkodara bibliotekoje", topic: .marketing)))
        try feed.apply(
            CourseUpdated(
                courseId: id, details: CourseDetails(titleLt: "Rinkodara bibliotekoms", titleEn: nil, topic: .publicRelations)))

        let course = try XCTUnwrap(try feed.read { try TrainingQueries.course(id: id, in: $0) })
        XCTAssertEqual(course.details, CourseDetails(titleLt: "Rinkodara bibliotekoms", titleEn: nil, topic: .publicRelations))
        XCTAssertNil(course.feedback)
        XCTAssertEqual(course.updatedSeq, 2)
    }

    func testTheWaitingListMovesUpOnCancellation() throws {
        let session = UUID()
        let ids = try feed.scenario(session: session, capacity: 2, trainees: ["Ona", "Jonas", "Aldona", "Petras"])
        try feed.apply(EnrolmentCancelled(enrolmentId: ids[0], sessionId: session, previousStatus: .accepted))
        try feed.apply(EnrolmentPromoted(enrolmentId: ids[2], sessionId: session))

        let enrolments = try feed.read { try TrainingQueries.enrolments(sessionId: session, in: $0) }
        XCTAssertEqual(enrolments.map(\.trainee.name), ["Jonas", "Aldona", "Petras", "Ona"])
        XCTAssertEqual(enrolments.map(\.status), [.accepted, .accepted, .waitlisted, .cancelled])
        XCTAssertEqual(enrolments.map(\.position), [nil, nil, 1, nil])
        let row = try XCTUnwrap(try feed.read { try TrainingQueries.session(id: session, in: $0) })
        XCTAssertEqual(row.acceptedCount, 2)
        XCTAssertEqual(row.waitlistedCount, 1)
        XCTAssertEqual(row.placesLeft, 0)
        XCTAssertEqual(row.courseTitleLt, "Ryšiai su žiniasklaida")
    }

    func testAttendanceCompletionAndCertificates() throws {
        let course = UUID()
        let session = UUID()
        let ids = try feed.scenario(course: course, session: session, capacity: 2, trainees: ["Ona", "Jonas"])
        try feed.apply(TrainingAttendanceRecorded(enrolmentId: ids[0], sessionId: session, attendance: .present))
        try feed.apply(TrainingAttendanceRecorded(enrolmentId: ids[1], sessionId: session, attendance: .excused))
        try feed.apply(
            TrainingSessionCompleted(
                sessionId: session, courseId: course, courseTitleLt: "Ryšiai su žiniasklaida",
                endedAt: Sample.date("2026-12-03T16:00"), presentEnrolmentIds: [ids[0]]))
        try feed.apply(
            TrainingSample.certificate(
                code: "ABCD2345EFGH", name: "Ona", enrolment: ids[0], session: session, course: course))

        let enrolments = try feed.read { try TrainingQueries.enrolments(sessionId: session, in: $0) }
        XCTAssertEqual(enrolments.map(\.attendance), [.present, .excused])
        let row = try XCTUnwrap(try feed.read { try TrainingQueries.session(id: session, in: $0) })
        XCTAssertEqual(row.status, .completed)
        let certificates = try feed.read { try TrainingQueries.certificates(sessionId: session, in: $0) }
        XCTAssertEqual(certificates.map(\.code), ["ABCD2345EFGH"])
        XCTAssertEqual(certificates.first?.enrolmentId, ids[0].uuidString)
        let counts = try XCTUnwrap(try feed.read { try TrainingQueries.course(id: course, in: $0) })
        XCTAssertEqual(counts.completedSessions, 1)
        XCTAssertEqual(counts.plannedSessions, 0)
    }

    func testSurveyResultsAboutACourseBecomeItsFeedback() throws {
        let course = UUID()
        try feed.scenario(course: course)
        let first = UUID()
        try feed.apply(
            SurveyResultsUpdated(
                surveyId: first, purpose: .trainingFeedback, courseId: course, responses: 1, nps: 100, satisfaction: 5),
            from: .surveys)
        try feed.apply(
            SurveyResultsUpdated(
                surveyId: first, purpose: .trainingFeedback, courseId: course, responses: 3, nps: 33.333, satisfaction: 4),
            from: .surveys)
        try feed.apply(
            SurveyResultsUpdated(
                surveyId: UUID(), purpose: .trainingFeedback, courseId: course, responses: 1, nps: -100, satisfaction: 2),
            from: .surveys)
        // A poll about no course changes nothing here.
        try feed.apply(
            SurveyResultsUpdated(surveyId: UUID(), purpose: .publicOpinion, responses: 9, nps: 0, satisfaction: 1),
            from: .surveys)

        let row = try XCTUnwrap(try feed.read { try TrainingQueries.course(id: course, in: $0) })
        let feedback = try XCTUnwrap(row.feedback)
        XCTAssertEqual(feedback.responses, 4)
        // Weighted by responses: (33.333 × 3 − 100 × 1) / 4 and (4 × 3 + 2 × 1) / 4.
        XCTAssertEqual(feedback.nps ?? .nan, (33.333 * 3 - 100) / 4, accuracy: 0.0001)
        XCTAssertEqual(feedback.satisfaction ?? .nan, 3.5, accuracy: 0.0001)
    }

    func testFeedbackThatArrivesBeforeTheCourseIsKept() throws {
        let course = UUID()
        try feed.apply(
            SurveyResultsUpdated(surveyId: UUID(), purpose: .trainingFeedback, courseId: course, responses: 2, nps: 50, satisfaction: nil),
            from: .surveys)
        try feed.scenario(course: course)
        let row = try XCTUnwrap(try feed.read { try TrainingQueries.course(id: course, in: $0) })
        XCTAssertEqual(row.feedback, CourseFeedback(responses: 2, nps: 50, satisfaction: nil))
    }

    func testMessagesAboutUnknownThingsOrOfUnknownVersionsAreRefused() throws {
        XCTAssertThrowsError(
            try feed.apply(
                TrainingSessionPlanned(sessionId: UUID(), courseId: UUID(), details: TrainingSample.session()))
        ) { error in
            guard case .unknownCourse = error as? TrainingReadModelError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(
            try feed.apply(
                EnrolmentAccepted(enrolmentId: UUID(), sessionId: UUID(), trainee: TrainingSample.trainee("Ona"), enrolledAt: Date()))
        ) { error in
            guard case .unknownSession = error as? TrainingReadModelError else { return XCTFail("\(error)") }
        }
        let session = UUID()
        try feed.scenario(session: session)
        XCTAssertThrowsError(
            try feed.apply(
                TrainingAttendanceRecorded(enrolmentId: UUID(), sessionId: session, attendance: .present))
        ) { error in
            guard case .unknownEnrolment = error as? TrainingReadModelError else { return XCTFail("\(error)") }
        }
        var future = try feed.envelope(CourseCreated(courseId: UUID(), details: TrainingSample.course("Ateitis")))
        future.version = 2
        XCTAssertThrowsError(try feed.apply(future)) { error in
            XCTAssertEqual(error as? MessageSchemaError, .unknownType("course.created", version: 2))
        }
        // A known surveys message that the training part does not keep is left to the other parts.
        let opened = try feed.envelope(
            SurveyOpened(surveyId: UUID(), titleLt: "Apklausa", purpose: .trainingFeedback), from: .surveys)
        XCTAssertFalse(try feed.database.writer.write { db in try TrainingReadModel().applyIfOwn(opened, in: db) })
    }
}
