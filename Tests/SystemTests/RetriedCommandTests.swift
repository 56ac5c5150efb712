import Foundation
import GRDB
import HTTPTypes
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Issue 9, defects 1 and 2: a command the gateway retried, or the client
/// retried, is applied once; the client always learns the idempotency key the
/// gateway used, and an outcome the gateway does not know is a 504 that says
/// to retry with that key; a key is bound to the request it was first used for.
final class RetriedCommandTests: XCTestCase {
    /// Another connection holds `BEGIN IMMEDIATE` on events.sqlite for 15 s
    /// (longer than the service's 10 s busy timeout) while a client POSTs an
    /// event without a key, then retries as it is told: exactly one event.
    func testHeldWriteLockIsNotAppliedTwice() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http
        let title = "Užrakintas renginys"

        let lock = try HeldWriteLock(path: system.databasePath(of: "events"), seconds: 15)
        let started = ContinuousClock.now
        let first = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: title, day: 5), timeout: .seconds(60))
        let waited = ContinuousClock.now - started
        print(
            "held write lock: first answer \(first.status) after \(waited), Idempotency-Key \(first.headers[.idempotencyKey] ?? "none"): \(first.text)"
        )
        let final = try await Self.retryAsTold(first, .post, "/api/v1/events", json: Fixtures.event(title: title, day: 5), http: http)
        lock.wait()

        XCTAssertTrue([201, 504].contains(first.status), "first answer \(first.status): \(first.text)")
        let key = try XCTUnwrap(first.headers[.idempotencyKey], "the gateway did not say which Idempotency-Key it used")
        if first.status == 504 { Self.assertOutcomeUnknown(first, key: key) }
        XCTAssertEqual(final.status, 201, final.text)
        XCTAssertEqual(final.headers[.idempotencyKey], key)
        if first.status == 201 { XCTAssertEqual(final.json?["id"] as? String, first.json?["id"] as? String) }
        let events = try ServiceFile(path: system.databasePath(of: "events"))
        XCTAssertEqual(try events.int("SELECT COUNT(*) FROM events WHERE titleLt = ?", [title]), 1, "events with the title")
        system.removeFolder()
    }

    /// The events service is SIGSTOPped past the gateway's 16 s wait, then
    /// SIGCONTed: the client is told 504 with the key, retries with it, and
    /// the event exists once.
    func testFrozenServiceAppliesTheCommandOnce() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http
        let title = "Sustingęs renginys"
        let pid = try XCTUnwrap(system.processIdentifier(of: "komunika-events"))

        Glibc.kill(pid, SIGSTOP)
        let first = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: title, day: 6), timeout: .seconds(60))
        print("frozen service: first answer \(first.status), Idempotency-Key \(first.headers[.idempotencyKey] ?? "none"): \(first.text)")
        Glibc.kill(pid, SIGCONT)
        // The copies the gateway sent while the service was frozen are read now.
        try await Task.sleep(for: .seconds(2))
        let final = try await Self.retryAsTold(first, .post, "/api/v1/events", json: Fixtures.event(title: title, day: 6), http: http)

        XCTAssertEqual(first.status, 504, first.text)
        let key = try XCTUnwrap(first.headers[.idempotencyKey], "the gateway did not say which Idempotency-Key it used")
        Self.assertOutcomeUnknown(first, key: key)
        XCTAssertEqual(final.status, 201, final.text)
        XCTAssertEqual(final.headers[.idempotencyKey], key)
        let events = try ServiceFile(path: system.databasePath(of: "events"))
        XCTAssertEqual(try events.int("SELECT COUNT(*) FROM events WHERE titleLt = ?", [title]), 1, "events with the title")
        system.removeFolder()
    }

    /// A response to survey B under the key first used for survey A is
    /// refused with a problem naming the key, and B's response sent again
    /// with a new key is stored.
    func testTwoBodiesUnderOneKeyAreRefused() async throws {
        let system = try SystemUnderTest(extraEnvironment: SystemUnderTest.surveysEnvironment)
        defer { system.stopAll() }
        try await system.startEventsSurveysAndGateway()
        let http = system.http
        let surveyA = try await http.openPoll("Apklausa A")
        let surveyB = try await http.openPoll("Apklausa B")
        let key = "atsakymas-\(UUID().uuidString)"

        let toA = try await system.publicHTTP.send(
            .post, "/api/v1/surveys/\(surveyA)/responses", json: ["answers": ["stars": 5]], headers: ["Idempotency-Key": key])
        let toB = try await system.publicHTTP.send(
            .post, "/api/v1/surveys/\(surveyB)/responses", json: ["answers": ["stars": 2]], headers: ["Idempotency-Key": key])
        print("two bodies under one key: A \(toA.status) \(toA.text); B \(toB.status) \(toB.text)")

        XCTAssertEqual(toA.status, 201, toA.text)
        XCTAssertEqual(toB.status, 422, toB.text)
        XCTAssertEqual(toB.contentType, "application/problem+json")
        XCTAssertEqual(toB.json?["type"] as? String, "https://komunika.lnb.lt/problems/idempotency-key-reused")
        XCTAssertEqual(toB.json?["idempotencyKey"] as? String, key)
        XCTAssertEqual(
            toB.json?["detail"] as? String,
            "Idempotency-Key '\(key)' was first used for another request (surveys.submit-response, another body or another caller); send this request with a new key"
        )
        XCTAssertEqual(toB.headers[.idempotencyKey], key)

        let again = try await system.publicHTTP.send(
            .post, "/api/v1/surveys/\(surveyB)/responses", json: ["answers": ["stars": 2]], headers: ["Idempotency-Key": UUID().uuidString])
        XCTAssertEqual(again.status, 201, again.text)
        let surveys = try ServiceFile(path: system.databasePath(of: "surveys"))
        XCTAssertEqual(try surveys.int("SELECT COUNT(*) FROM responses WHERE lower(surveyId) = lower(?)", [surveyA]), 1)
        XCTAssertEqual(try surveys.int("SELECT COUNT(*) FROM responses WHERE lower(surveyId) = lower(?)", [surveyB]), 1)
        system.removeFolder()
    }

    /// What a careful client does after `first`: while the answer is a 5xx,
    /// sends the request again — with the Idempotency-Key the gateway said it
    /// used, or with none when it said none (as a client told "try again" does).
    /// After a success, sends it once more with the key, to see it is not done twice.
    static func retryAsTold(
        _ first: HTTPResult, _ method: HTTPRequest.Method, _ path: String, json: [String: Any], http: HTTP
    ) async throws -> HTTPResult {
        var answer = first
        for _ in 0..<10 {
            let headers = first.headers[.idempotencyKey].map { ["Idempotency-Key": $0] } ?? [:]
            if answer.status < 500 && headers.isEmpty { return answer }
            answer = try await http.send(method, path, json: json, headers: headers, timeout: .seconds(60))
            if answer.status < 500 { return answer }
            try await Task.sleep(for: .seconds(1))
        }
        return answer
    }

    static func assertOutcomeUnknown(_ answer: HTTPResult, key: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(answer.contentType, "application/problem+json", file: file, line: line)
        XCTAssertEqual(answer.json?["type"] as? String, "https://komunika.lnb.lt/problems/outcome-unknown", file: file, line: line)
        XCTAssertEqual(answer.json?["idempotencyKey"] as? String, key, file: file, line: line)
        XCTAssertTrue(
            (answer.json?["detail"] as? String)?.hasSuffix("retry with Idempotency-Key: \(key), which applies it at most once") == true,
            answer.text, file: file, line: line)
    }
}

extension HTTPField.Name {
    /// The key a write was sent with; the gateway names it in every answer to a command.
    fileprivate static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
}

/// Another process's write transaction: `BEGIN IMMEDIATE` on a SQLite file,
/// held on a thread of its own for `seconds`, then committed.
final class HeldWriteLock: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(path: String, seconds: Double) throws {
        let queue = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Thread.detachNewThread { [done] in
            do {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    locked.signal()
                    Thread.sleep(forTimeInterval: seconds)
                    try db.execute(sql: "COMMIT")
                }
            } catch {
                failure.error = error
                locked.signal()
            }
            done.signal()
        }
        locked.wait()
        if let error = failure.error { throw error }
    }

    /// Waits until the lock is let go.
    func wait() { done.wait() }

    private final class FailureBox: @unchecked Sendable {
        var error: (any Error)?
    }
}
