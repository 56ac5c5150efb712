import Foundation
import XCTest

/// The HTTP API asks for bearer tokens by role; the public routes stay open;
/// `komunikactl tokens` adds and revokes tokens without a restart.
final class AccessTests: XCTestCase {
    func testRolesPublicRoutesAndRevocation() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let anonymous = system.publicHTTP

        let refused = try await anonymous.get("/api/v1/events")
        XCTAssertEqual(refused.status, 401, refused.text)
        XCTAssertEqual(refused.contentType, "application/problem+json")
        XCTAssertEqual(refused.headers[.wwwAuthenticate], "Bearer realm=\"komunika\"")
        let calendar = try await anonymous.get("/api/v1/calendar.ics")
        XCTAssertEqual(calendar.status, 200)
        let health = try await anonymous.get("/healthz")
        XCTAssertEqual(health.status, 200)
        let wrong = try await anonymous.send(.get, "/api/v1/events", headers: ["Authorization": "Bearer 0123456789abcdef0123"])
        XCTAssertEqual(wrong.status, 401)

        let added = try system.komunikactl(["tokens", "add", "Rūta Viewer", "--role", "viewer"])
        XCTAssertEqual(added.status, 0, added.error)
        let viewer = HTTP(port: system.httpPort, token: added.output.trimmingCharacters(in: .whitespacesAndNewlines))
        let editorAdded = try system.komunikactl(["tokens", "add", "Jonas Editor", "--role", "editor"])
        let editor = HTTP(port: system.httpPort, token: editorAdded.output.trimmingCharacters(in: .whitespacesAndNewlines))

        // The gateway reads the changed file within a second.
        let viewerReads = await eventually(timeout: .seconds(5)) { (try? await viewer.get("/api/v1/events"))?.status == 200 }
        XCTAssertTrue(viewerReads)
        let viewerWrites = try await viewer.send(.post, "/api/v1/events", json: Fixtures.event(title: "Peržiūrėtojo renginys", day: 2))
        XCTAssertEqual(viewerWrites.status, 403, viewerWrites.text)
        XCTAssertEqual(viewerWrites.contentType, "application/problem+json")
        let editorWrites = try await editor.send(.post, "/api/v1/events", json: Fixtures.event(title: "Redaktoriaus renginys", day: 2))
        XCTAssertEqual(editorWrites.status, 201, editorWrites.text)
        let editorMetrics = try await editor.get("/metrics")
        XCTAssertEqual(editorMetrics.status, 403)
        let adminMetrics = try await system.http.get("/metrics")
        XCTAssertEqual(adminMetrics.status, 200)

        let listed = try system.komunikactl(["tokens", "list"])
        XCTAssertTrue(listed.output.contains("viewer  Rūta Viewer"), listed.output)
        XCTAssertFalse(listed.output.contains(viewer.token ?? "?"), "list must not print tokens")

        XCTAssertEqual(try system.komunikactl(["tokens", "revoke", "Rūta Viewer"]).status, 0)
        let revoked = await eventually(timeout: .seconds(5)) { (try? await viewer.get("/api/v1/events"))?.status == 401 }
        XCTAssertTrue(revoked, "a revoked token still reads")
        XCTAssertEqual(try system.komunikactl(["tokens", "add", "Nobody", "--role", "owner"]).status, 2)
        system.removeFolder()
    }
}
