import Foundation
import GRDB
import XCTest

/// What an operator does with `komunikactl` against the running services.
final class OperatorTests: XCTestCase {
    func testStatusBackupPauseResumeAndCleanShutdown() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http
        let created = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Šventinis vakaras", day: 9))
        XCTAssertEqual(created.status, 201, created.text)

        let status = try system.komunikactl(["status"])
        XCTAssertEqual(status.status, 0, status.error)
        XCTAssertTrue(status.output.contains("SERVICE"), status.output)
        XCTAssertTrue(status.output.contains("events"), status.output)
        XCTAssertTrue(status.output.contains("gateway ← events: applied 1 of 1, lag 0"), status.output)

        let json = try system.komunikactl(["status", "--json"])
        XCTAssertEqual(json.status, 0, json.error)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let services = try XCTUnwrap(report["services"] as? [[String: Any]])
        let events = try XCTUnwrap(services.first { $0["service"] as? String == "events" })
        XCTAssertEqual(events["latestSeq"] as? Int, 1)
        XCTAssertEqual(events["outboxBacklog"] as? Int, 0)
        XCTAssertGreaterThan(events["databaseBytes"] as? Int ?? 0, 0)

        let metrics = try await http.get("/metrics")
        XCTAssertEqual(metrics.status, 200)
        XCTAssertTrue(metrics.text.contains("komunika_messages_applied_total 1"), metrics.text)

        let health = try system.komunikactl(["health"])
        XCTAssertEqual(health.status, 0, health.output + health.error)

        // An online backup is a complete SQLite file.
        let backup = system.folder.appendingPathComponent("events-backup.sqlite").path
        let backedUp = try system.komunikactl(["backup", "events", backup])
        XCTAssertEqual(backedUp.status, 0, backedUp.error)
        let copy = try DatabaseQueue(path: backup)
        let title = try await copy.read { try String.fetchOne($0, sql: "SELECT titleLt FROM events") }
        XCTAssertEqual(title, "Šventinis vakaras")
        let again = try system.komunikactl(["backup", "events", backup])
        XCTAssertEqual(again.status, 1, "a backup must not overwrite a file")

        // Paused, the gateway applies nothing; resumed, it catches up.
        XCTAssertEqual(try system.komunikactl(["pause", "gateway"]).status, 0)
        let whilePaused = try await http.send(
            .post, "/api/v1/events", json: Fixtures.event(title: "Kol sustabdyta", day: 10), headers: ["Idempotency-Key": "paused-1"])
        XCTAssertEqual(whilePaused.headers[.init("Komunika-Read-Model")!], "stale", whilePaused.text)
        let listedPaused = try await http.get("/api/v1/events")
        XCTAssertEqual(listedPaused.json?["total"] as? Int, 1)
        XCTAssertEqual(try system.komunikactl(["resume", "gateway"]).status, 0)
        let caughtUp = await eventually { (try? await http.get("/api/v1/events"))?.json?["total"] as? Int == 2 }
        XCTAssertTrue(caughtUp)

        // Usage errors exit 2 with a usage message; an unreachable service exits 1.
        let usage = try system.komunikactl(["replay", "libraries", "--from", "1"])
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.error.contains("Usage"), usage.error)
        XCTAssertEqual(try system.komunikactl(["status", "--bogus"]).status, 2)
        XCTAssertEqual(try system.komunikactl(["replay", "events", "--from", "1"]).status, 0)

        // SIGTERM stops both cleanly.
        XCTAssertEqual(system.terminate("komunika-gateway"), 0, system.log(of: "komunika-gateway").suffix(2000).description)
        XCTAssertEqual(system.terminate("komunika-events"), 0, system.log(of: "komunika-events").suffix(2000).description)
        let down = try system.komunikactl(["health", "events"])
        XCTAssertEqual(down.status, 1)
        system.removeFolder()
    }
}
