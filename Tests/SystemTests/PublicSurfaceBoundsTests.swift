import Foundation
import XCTest

/// Issue 9, defect 7: the public surface is bounded. Real processes: a flood
/// of public writes from one address gets 429 with `Retry-After` while an
/// editor's commands pass; an idle connection is closed after the idle
/// timeout; a request head trickled byte by byte is cut at the header
/// timeout; connections beyond the limit wait until one closes.
final class PublicSurfaceBoundsTests: XCTestCase {
    func testFloodOfPublicAnswersGets429WhileEditorsCommandsPass() async throws {
        let system = try SystemUnderTest(
            extraEnvironment: SystemUnderTest.surveysEnvironment.merging(["KOMUNIKA_PUBLIC_POST_LIMIT": "5/600"]) { $1 })
        defer {
            system.stopAll()
            system.removeFolder()
        }
        try await system.startEventsSurveysAndGateway()
        let editor = system.http
        let surveyId = try await editor.openPoll("Skaitytojų nuomonės apklausa", question: "Kaip vertinate biblioteką?")

        // Twelve answers from one address at once, and meanwhile the editor schedules three events.
        let visitor = system.publicHTTP
        let path = "/api/v1/surveys/\(surveyId)/responses"
        async let answers = withThrowingTaskGroup(of: HTTPResult.self) { group in
            for _ in 0..<12 { group.addTask { try await visitor.send(.post, path, json: ["answers": ["stars": 4]]) } }
            return try await group.reduce(into: [HTTPResult]()) { $0.append($1) }
        }
        async let events = withThrowingTaskGroup(of: HTTPResult.self) { group in
            for day in 1...3 {
                group.addTask { try await editor.send(.post, "/api/v1/events", json: Fixtures.event(title: "Knygos pristatymas \(day)", day: day)) }
            }
            return try await group.reduce(into: [HTTPResult]()) { $0.append($1) }
        }
        let (answered, proposed) = try await (answers, events)
        XCTAssertEqual(answered.map(\.status).sorted(), Array(repeating: 201, count: 5) + Array(repeating: 429, count: 7))
        XCTAssertEqual(proposed.map(\.status), [201, 201, 201], proposed.map(\.text).joined(separator: "\n"))
        for refused in answered where refused.status == 429 {
            XCTAssertEqual(refused.contentType, "application/problem+json")
            let wait = try XCTUnwrap(refused.headers[.retryAfter].flatMap { Int($0) }, refused.text)
            XCTAssertTrue((1...600).contains(wait), "Retry-After \(wait)")
            XCTAssertEqual(refused.json?["status"] as? Int, 429)
            XCTAssertEqual(refused.json?["retryAfter"] as? Int, wait)
            XCTAssertEqual(
                refused.json?["detail"] as? String,
                "Too many requests from your address: at most 5 in 600 seconds. Try again in \(wait) seconds.")
        }
        let survey = try await editor.get("/api/v1/surveys/\(surveyId)")
        XCTAssertEqual(survey.json?["responses"] as? Int, 5, survey.text)

        // The public pages' posts from the same address share the limit: a page in Lithuanian says when to come back.
        let token = String(repeating: "a1", count: 16)
        let pageHeaders = [
            "Cookie": "komunika_csrf=\(token)", "X-CSRF-Token": token, "Content-Type": "application/x-www-form-urlencoded",
        ]
        for page in ["/kalendorius/\(UUID().uuidString)/registracija", "/kursai/sesijos/\(UUID().uuidString)/registracija"] {
            let refused = try await visitor.send(.post, page, rawBody: "name=Ona&email=ona%40example.lt", headers: pageHeaders)
            XCTAssertEqual(refused.status, 429, "\(page): \(refused.text.prefix(300))")
            let wait = try XCTUnwrap(refused.headers[.retryAfter].flatMap { Int($0) }, page)
            XCTAssertTrue(refused.text.contains("Iš jūsų adreso gauta per daug užklausų. Bandykite dar kartą po \(wait) s."), page)
        }
        let unsubscribe = try await visitor.send(
            .post, "/atsisakyti/netinkamas", rawBody: "List-Unsubscribe=One-Click",
            headers: ["Content-Type": "application/x-www-form-urlencoded"])
        XCTAssertEqual(unsubscribe.status, 429, unsubscribe.text.prefix(300).description)

        // The editor is not limited: a fourth event after the flood.
        let after = try await editor.send(.post, "/api/v1/events", json: Fixtures.event(title: "Paroda po antplūdžio", day: 4))
        XCTAssertEqual(after.status, 201, after.text)
        let listed = try await editor.get("/api/v1/events?limit=10")
        XCTAssertEqual(listed.json?["total"] as? Int, 4, listed.text)
    }

    func testIdleConnectionIsClosedAfterTheIdleTimeout() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_HTTP_IDLE_TIMEOUT": "2", "KOMUNIKA_HTTP_HEADER_TIMEOUT": "30"])
        defer {
            system.stopAll()
            system.removeFolder()
        }
        try await system.startEventsAndGateway()
        let silent = try RawConnection(port: system.httpPort)
        let started = Date()
        XCTAssertEqual(try silent.readUntilClosed(timeout: 10), "", "the gateway sends nothing to a silent connection")
        let closedAfter = Date().timeIntervalSince(started)
        XCTAssertTrue((1.5...5).contains(closedAfter), "closed after \(closedAfter) s")

        // A kept-alive connection answered once is closed once it stays quiet as long.
        let kept = try RawConnection(port: system.httpPort)
        try kept.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let answered = Date()
        let text = try kept.readUntilClosed(timeout: 10)
        XCTAssertTrue(text.hasPrefix("HTTP/1.1 200 OK\r\n"), text)
        let quietFor = Date().timeIntervalSince(answered)
        XCTAssertTrue((1.5...5).contains(quietFor), "closed \(quietFor) s after its answer")
    }

    func testSlowRequestHeadIsCutAtTheHeaderTimeout() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_HTTP_IDLE_TIMEOUT": "30", "KOMUNIKA_HTTP_HEADER_TIMEOUT": "2"])
        defer {
            system.stopAll()
            system.removeFolder()
        }
        try await system.startEventsAndGateway()
        let slow = try RawConnection(port: system.httpPort)
        let started = Date()
        try slow.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        var closed = false
        for index in 0..<20 where !closed {
            try await Task.sleep(for: .milliseconds(400))
            // A header line every 0.4 s: bytes keep coming, the head never ends.
            closed = (try? slow.send("X-Slow-\(index): a\r\n")) == nil || slow.isClosed()
        }
        let cutAfter = Date().timeIntervalSince(started)
        XCTAssertTrue(closed, "the trickled head was never cut")
        XCTAssertTrue((1.5...5).contains(cutAfter), "cut after \(cutAfter) s")

        // A client that sends its head at once is answered.
        let health = try await system.http.get("/healthz")
        XCTAssertEqual(health.status, 200)
    }

    func testConnectionsBeyondTheLimitWaitForAFreeOne() async throws {
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_HTTP_MAX_CONNECTIONS": "2", "KOMUNIKA_HTTP_IDLE_TIMEOUT": "60", "KOMUNIKA_HTTP_HEADER_TIMEOUT": "60",
        ])
        defer {
            system.stopAll()
            system.removeFolder()
        }
        try await system.startEventsAndGateway()
        // The readiness polls' connections are closed; two idle clients take both places.
        try await Task.sleep(for: .milliseconds(300))
        let first = try RawConnection(port: system.httpPort)
        let second = try RawConnection(port: system.httpPort)
        try first.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        try second.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        XCTAssertTrue(try first.read(timeout: 5).hasPrefix("HTTP/1.1 200 OK\r\n"))
        XCTAssertTrue(try second.read(timeout: 5).hasPrefix("HTTP/1.1 200 OK\r\n"))

        // A third connects (the listen queue takes it) but is not answered while both stay open…
        let third = try RawConnection(port: system.httpPort)
        try third.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        XCTAssertEqual(try third.read(timeout: 2), "", "a third connection was served beyond the limit of 2")
        // …and is answered as soon as one closes.
        first.close()
        let waited = Date()
        XCTAssertTrue(try third.read(timeout: 5).hasPrefix("HTTP/1.1 200 OK\r\n"))
        XCTAssertLessThan(Date().timeIntervalSince(waited), 2)
        second.close()
        third.close()
    }
}
