import Foundation
import XCTest

/// Wrong HTTP input gets the right 4xx with an RFC 9457 problem+json body,
/// and nothing crashes.
final class BadInputTests: XCTestCase {
    func testBadInputGetsProblemDetailsWithTheRightStatus() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http

        func expectProblem(_ result: HTTPResult, _ status: Int, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertEqual(result.status, status, "\(what): \(result.text)", file: file, line: line)
            XCTAssertEqual(result.contentType?.hasPrefix("application/problem+json"), true, "\(what): content type", file: file, line: line)
            let json = result.json
            XCTAssertEqual(json?["status"] as? Int, status, "\(what): status member", file: file, line: line)
            XCTAssertNotNil(json?["title"] as? String, "\(what): title", file: file, line: line)
            XCTAssertNotNil(json?["type"] as? String, "\(what): type", file: file, line: line)
            XCTAssertFalse((json?["detail"] as? String ?? "").isEmpty, "\(what): detail", file: file, line: line)
        }

        expectProblem(try await http.send(.post, "/api/v1/events", rawBody: "{\"type\": \"exhibition\", "), 400, "broken JSON")
        expectProblem(try await http.send(.post, "/api/v1/events", rawBody: "[1,2,3]"), 422, "wrong JSON shape")

        var missingTitle = Fixtures.event(title: "x", day: 1)
        missingTitle.removeValue(forKey: "title")
        let missing = try await http.send(.post, "/api/v1/events", json: missingTitle)
        expectProblem(missing, 422, "missing title")
        XCTAssertTrue(missing.text.contains("title"), missing.text)

        var backwards = Fixtures.event(title: "Atgal laike", day: 1)
        backwards["endsAt"] = "2027-01-05T17:00:00+02:00"
        backwards["startsAt"] = "2027-01-05T18:00:00+02:00"
        expectProblem(try await http.send(.post, "/api/v1/events", json: backwards), 422, "end before start")

        var unknownType = Fixtures.event(title: "Nežinomas tipas", day: 1)
        unknownType["type"] = "party"
        expectProblem(try await http.send(.post, "/api/v1/events", json: unknownType), 422, "unknown event type")

        let unknownId = UUID().uuidString
        expectProblem(try await http.get("/api/v1/events/\(unknownId)"), 404, "unknown id")
        expectProblem(
            try await http.send(.post, "/api/v1/events/\(unknownId)/transitions", json: ["to": "approved"]), 404,
            "transition of an unknown event")
        expectProblem(try await http.get("/api/v1/events?limit=abc"), 400, "bad limit")
        expectProblem(try await http.get("/api/v1/events?from=vakar"), 400, "bad from")

        // An illegal transition.
        let created = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Paroda", day: 2, hall: "Parodų erdvė"))
        XCTAssertEqual(created.status, 201, created.text)
        let id = try XCTUnwrap(created.json?["id"] as? String)
        expectProblem(try await http.send(.post, "/api/v1/events/\(id)/transitions", json: ["to": "held"]), 409, "proposed → held")
        expectProblem(try await http.send(.post, "/api/v1/events/\(id)/transitions", json: ["to": "nowhere"]), 422, "unknown status")

        // A hall booked twice at overlapping times: the clash is named.
        var clash = Fixtures.event(title: "Kitas renginys", day: 2, hall: "Parodų erdvė")
        clash["startsAt"] = "2027-01-06T19:00:00+02:00"
        clash["endsAt"] = "2027-01-06T21:00:00+02:00"
        let doubleBooked = try await http.send(.post, "/api/v1/events", json: clash)
        expectProblem(doubleBooked, 409, "double-booked hall")
        XCTAssertTrue(doubleBooked.text.contains("Paroda"), doubleBooked.text)

        // Registration for an event that takes none yet, and with a bad e-mail.
        expectProblem(
            try await http.send(.post, "/api/v1/events/\(id)/registrations", json: ["name": "Ona", "email": "ona@example.lt"]),
            409, "registration while proposed")
        expectProblem(
            try await http.send(.post, "/api/v1/events/\(id)/registrations", json: ["name": "Ona"]), 422,
            "registration without e-mail")

        // An idempotency key reused for another command is refused, not answered with the first reply.
        let keyed = try await http.send(
            .post, "/api/v1/events", json: Fixtures.event(title: "Su raktu", day: 20), headers: ["Idempotency-Key": "raktas-1"])
        XCTAssertEqual(keyed.status, 201, keyed.text)
        let keyedId = try XCTUnwrap(keyed.json?["id"] as? String)
        let repeated = try await http.send(
            .post, "/api/v1/events", json: Fixtures.event(title: "Su raktu", day: 20), headers: ["Idempotency-Key": "raktas-1"])
        XCTAssertEqual(repeated.status, 201, repeated.text)
        XCTAssertEqual(repeated.json?["id"] as? String, keyedId, "a retry with the same key names the same event")
        expectProblem(
            try await http.send(
                .post, "/api/v1/events/\(keyedId)/transitions", json: ["to": "approved"], headers: ["Idempotency-Key": "raktas-1"]),
            422, "a key reused for another command")

        let unknownRoute = try await http.get("/api/v1/nothing-here")
        XCTAssertEqual(unknownRoute.status, 404)

        XCTAssertTrue(system.isRunning("komunika-gateway"))
        XCTAssertTrue(system.isRunning("komunika-events"))
        let health = try await http.get("/healthz")
        XCTAssertEqual(health.status, 200)
        system.removeFolder()
    }
}
