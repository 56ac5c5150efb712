import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store
import XCTest

/// An idempotency key is bound to the request it was first used for, and a
/// temporary failure is never kept as a key's answer.
final class CommandExecutionTests: XCTestCase {
    /// Counts the times a command's change ran.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func add() { lock.withLock { value += 1 } }
    }

    private var folder: URL!
    private var database: ServiceDatabase!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("execution-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
    }

    override func tearDownWithError() throws {
        database = nil
        try FileManager.default.removeItem(at: folder)
    }

    private func request(survey: String, key: String = "k-1", actor: Actor? = nil) -> CommandRequest {
        CommandRequest(
            name: "surveys.submit-response", idempotencyKey: key, actor: actor,
            payload: .object(["surveyId": .string(survey), "answers": .object(["stars": .number(5)])]))
    }

    private func keys() async throws -> Int {
        try await database.writer.read { db in try IdempotencyKeys.count(in: db) }
    }

    func testAnUnavailableFailureIsNotKeptSoTheRetryRuns() async throws {
        let runs = Runs()
        let failed = await CommandExecution.run(request(survey: "A"), in: database) { _ in
            runs.add()
            throw CommandFailure(.unavailable, "The file store failed: disk full.")
        }
        XCTAssertEqual(failed, .failed(CommandFailure(.unavailable, "The file store failed: disk full.")))
        let keptAfterFailure = try await keys()
        XCTAssertEqual(keptAfterFailure, 0)

        let retried = await CommandExecution.run(request(survey: "A"), in: database) { _ in
            runs.add()
            return .string("response-1")
        }
        XCTAssertEqual(retried, .success(seq: nil, result: .string("response-1")))
        let again = await CommandExecution.run(request(survey: "A"), in: database) { _ in
            runs.add()
            return .string("response-2")
        }
        XCTAssertEqual(again, .success(seq: nil, result: .string("response-1")))
        XCTAssertEqual(runs.count, 2)
        let kept = try await keys()
        XCTAssertEqual(kept, 1)
    }

    func testAFailureThatIsTheOutcomeIsKept() async throws {
        let first = await CommandExecution.run(request(survey: "A"), in: database) { _ in
            throw CommandFailure(.conflict, "The survey is closed.")
        }
        let second = await CommandExecution.run(request(survey: "A"), in: database) { _ in .string("late") }
        XCTAssertEqual(first, .failed(CommandFailure(.conflict, "The survey is closed.")))
        XCTAssertEqual(second, first)
    }

    func testTheSameKeyWithAnotherBodyOrCallerIsRefusedAndNothingRuns() async throws {
        let runs = Runs()
        let ona = Actor(accountId: UUID(), name: "Ona Žemaitė")
        let first = await CommandExecution.run(request(survey: "A", actor: ona), in: database) { _ in
            runs.add()
            return .string("response-A")
        }
        XCTAssertTrue(first.ok)

        let otherBody = await CommandExecution.run(request(survey: "B", actor: ona), in: database) { _ in
            runs.add()
            return .string("response-B")
        }
        let otherCaller = await CommandExecution.run(
            request(survey: "A", actor: Actor(accountId: UUID(), name: "Jonas Ąžuolas")), in: database
        ) { _ in
            runs.add()
            return .string("response-A2")
        }
        let refusal = CommandFailure(
            .invalid,
            "Idempotency-Key 'k-1' was first used for another request (surveys.submit-response, another body or another caller); send this request with a new key",
            details: ["reason": "idempotency-key-reused", "idempotencyKey": "k-1", "firstUsedFor": "surveys.submit-response"])
        XCTAssertEqual(otherBody, .failed(refusal))
        XCTAssertEqual(otherCaller, .failed(refusal))

        let sameAgain = await CommandExecution.run(request(survey: "A", actor: ona), in: database) { _ in
            runs.add()
            return .string("response-A3")
        }
        XCTAssertEqual(sameAgain, first)
        XCTAssertEqual(runs.count, 1)
    }

    func testAKeyRecordedBeforeHashesIsCheckedByTheCommandsName() async throws {
        try await database.writer.write { db in
            try IdempotencyKeys.record(
                key: "old", command: "surveys.submit-response",
                reply: try MessageCoding.encode(CommandReply.success(seq: nil, result: .string("old-response"))), in: db)
        }
        let same = await CommandExecution.run(request(survey: "A", key: "old"), in: database) { _ in .string("new") }
        XCTAssertEqual(same, .success(seq: nil, result: .string("old-response")))
        let other = await CommandExecution.run(
            CommandRequest(name: "surveys.open-survey", idempotencyKey: "old", payload: .null), in: database
        ) { _ in .string("new") }
        XCTAssertEqual(other.failure?.details?["reason"], "idempotency-key-reused")
    }

    /// The gateway makes up a new response id on every try: its `requestHash`
    /// leaves those ids out, so a retry is the same request, while another
    /// survey (an id of the request's path) is another.
    func testARetryThatMadeUpNewIdsIsTheSameRequestAndAnotherSurveyIsNot() async throws {
        let surveyA = UUID()
        let surveyB = UUID()
        func submission(to survey: UUID) throws -> CommandRequest {
            var request = CommandRequest(
                name: "surveys.submit-response", idempotencyKey: "k-2",
                payload: .object(["responseId": .string(UUID().uuidString), "surveyId": .string(survey.uuidString)]))
            request.requestHash = try request.fingerprint(keepingIds: [surveyA, surveyB])
            return request
        }
        let first = try submission(to: surveyA)
        let retry = try submission(to: surveyA)
        XCTAssertNotEqual(first.payload, retry.payload)
        XCTAssertEqual(first.requestHash, retry.requestHash)
        XCTAssertNotEqual(try first.fingerprint(), try retry.fingerprint())

        let answered = await CommandExecution.run(first, in: database) { _ in .string("response-A") }
        let retried = await CommandExecution.run(retry, in: database) { _ in .string("response-A-again") }
        let other = await CommandExecution.run(try submission(to: surveyB), in: database) { _ in .string("response-B") }
        XCTAssertEqual(retried, answered)
        XCTAssertEqual(other.failure?.details?["reason"], "idempotency-key-reused")
    }
}
