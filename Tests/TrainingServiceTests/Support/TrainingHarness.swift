import Foundation
import GRDB
import MessageSchema
import Store
import TrainingService
import XCTest

/// A real training database in a temporary folder and the handler on top of it.
final class TrainingHarness: Sendable {
    let folder: URL
    let database: ServiceDatabase
    let handler: TrainingCommandHandler
    let commits = CommitCounter()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-training-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("training.sqlite").path) { migrator in
            TrainingSchema.register(in: &migrator)
        }
        let commits = self.commits
        handler = TrainingCommandHandler(database: database) { commits.increment() }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    func send<C: Command>(_ command: C, key: String = UUID().uuidString) async throws -> CommandReply {
        await handler.handle(try CommandRequest(command, idempotencyKey: key))
    }

    /// Sends `command`, fails the test unless it succeeds, and returns its result.
    @discardableResult
    func expectSuccess<C: Command>(_ command: C, file: StaticString = #filePath, line: UInt = #line) async throws -> C.Result {
        let reply = try await send(command)
        guard reply.ok, let result = reply.result else {
            XCTFail("\(C.name) was refused: \(reply.failure?.description ?? "no result")", file: file, line: line)
            throw HarnessError.refused
        }
        return try result.decode(as: C.Result.self)
    }

    /// Sends `command`, fails the test unless it is refused, and returns why.
    func expectRefusal<C: Command>(_ command: C, file: StaticString = #filePath, line: UInt = #line) async throws -> CommandFailure {
        let reply = try await send(command)
        guard !reply.ok, let failure = reply.failure else {
            XCTFail("\(C.name) was accepted but should have been refused", file: file, line: line)
            throw HarnessError.accepted
        }
        return failure
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.read(body)
    }

    func outbox() async throws -> [Envelope] {
        try await read { db in try Outbox.envelopes(from: 1, limit: 100_000, source: "training", in: db) }
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

enum HarnessError: Error {
    case refused, accepted
}

final class CommitCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// A test case that gives each test its own database and removes it after.
class TrainingTestCase: XCTestCase {
    func makeHarness() throws -> TrainingHarness {
        let harness = try TrainingHarness()
        addTeardownBlock { harness.remove() }
        return harness
    }
}
