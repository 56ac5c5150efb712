import Foundation
import KomunikaTesting
import MessageSchema
import TrainingService
import XCTest

/// A real training database in a temporary folder and the handler on top of it
/// (KomunikaTesting's `CommandHarness`), with what only training's tests ask.
typealias TrainingHarness = CommandHarness<TrainingCommandHandler>

extension CommandHarness where Handler == TrainingCommandHandler {
    convenience init() throws {
        try self.init(.training, schema: TrainingSchema.register(in:)) { database, _, onCommit in
            TrainingCommandHandler(database: database, onCommit: onCommit)
        }
    }

    func session(_ id: UUID) async throws -> StoredTrainingSession? {
        try await read { db in try TrainingQueries.session(id: id, in: db) }
    }

    func enrolments(_ sessionId: UUID) async throws -> [StoredEnrolment] {
        try await read { db in try TrainingQueries.enrolments(sessionId: sessionId, in: db) }
    }

    func counts(_ sessionId: UUID) async throws -> EnrolmentCounts {
        try await read { db in try TrainingQueries.enrolmentCounts(sessionId: sessionId, in: db) }
    }

    func certificates(_ sessionId: UUID) async throws -> [CertificateIssued] {
        try await read { db in try TrainingQueries.certificates(sessionId: sessionId, in: db) }
    }

    /// Creates a course and returns its id.
    func course(_ details: CourseDetails = Sample.course()) async throws -> UUID {
        try await expectSuccess(CreateCourse(details: details)).courseId
    }

    /// Creates a course and a planned session of it; returns the session's id.
    func session(capacity: Int = 20, course: UUID? = nil) async throws -> UUID {
        let courseId: UUID
        if let course { courseId = course } else { courseId = try await self.course() }
        return try await expectSuccess(PlanTrainingSession(courseId: courseId, details: Sample.session(capacity: capacity)))
            .sessionId
    }

    /// Enrols trainee `number` and returns the outcome.
    @discardableResult
    func enrol(_ number: Int, in sessionId: UUID) async throws -> EnrolmentOutcome {
        try await expectSuccess(EnrolTrainee(sessionId: sessionId, trainee: Sample.trainee(number)))
    }
}

/// A test case that gives each test its own database and removes it after.
class TrainingTestCase: XCTestCase {
    func makeHarness() throws -> TrainingHarness { removedAfterTest(try TrainingHarness()) }
}
