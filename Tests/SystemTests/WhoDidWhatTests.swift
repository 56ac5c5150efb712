import Bus
import Foundation
import GRDB
import MessageSchema
import ServiceKit
import XCTest

/// Who approved an event, end to end with the real executables: a named
/// bearer token approves it through the HTTP API, and its name is in the
/// events service's SQLite file, on the message read off the bus, in the
/// gateway's read model, and on `GET /api/v1/events/{id}` and its activity.
final class WhoDidWhatTests: XCTestCase {
    func testTheNameOfWhoApprovedAnEventTravelsFromTheAPIToEveryPlace() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        let councilToken = TokenFile.newToken()
        let tokens = system.dataFolder.appendingPathComponent("gateway-tokens")
        let existing = try String(contentsOf: tokens, encoding: .utf8)
        try Data((existing + "editor \(councilToken) Rūta Vaitkienė\n").utf8).write(to: tokens)
        try await system.startEventsAndGateway()
        let council = HTTP(port: system.httpPort, token: councilToken)

        let created = try await system.http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Tarybos renginys", day: 5))
        XCTAssertEqual(created.status, 201, created.text)
        let eventId = try XCTUnwrap(created.json?["id"] as? String).uppercased()

        // Listen to the events service's messages, as any tool with a key may.
        let context = ZMQContext()
        defer { context.terminate() }
        let heard = Heard()
        let listener = try system.eventsListener(in: context, heard: heard)
        defer { listener.close() }
        let connected = await eventually(timeout: .seconds(10)) { heard.count > 0 }
        XCTAssertTrue(connected, "no heartbeat from the events service")

        let approved = try await council.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": "approved"])
        XCTAssertEqual(approved.status, 200, approved.text)
        XCTAssertEqual(approved.json?["status"] as? String, "approved")

        // The events service's own file.
        let events = try ServiceFile(path: system.databasePath(of: "events"))
        let row = try XCTUnwrap(
            try events.rows("SELECT approvedByAccountId, approvedByName, approvedAt FROM events WHERE id = ?", [eventId]).first)
        XCTAssertNil(row["approvedByAccountId"] as String?)
        XCTAssertEqual(row["approvedByName"] as String?, "Rūta Vaitkienė")
        XCTAssertNotNil(row["approvedAt"] as Date?)
        XCTAssertEqual(
            try events.strings("SELECT actorName FROM outbox WHERE type = 'event.approved'"), ["Rūta Vaitkienė"])

        // The message on the bus.
        let topic = Topic.message(source: "events", type: EventApproved.type)
        let message = await eventually(timeout: .seconds(10)) { !heard.bodies(onTopic: topic).isEmpty }
        XCTAssertTrue(message, "no \(topic) heard on the bus")
        let envelope = try Envelope.decode(try XCTUnwrap(heard.bodies(onTopic: topic).first))
        XCTAssertEqual(envelope.actor, Actor(accountId: nil, name: "Rūta Vaitkienė"))
        XCTAssertEqual(try envelope.decodePayload(EventApproved.self).eventId.uuidString, eventId)
        XCTAssertEqual((row["approvedAt"] as Date?).map(Timestamp.format), Timestamp.format(envelope.occurredAt))

        // The gateway's read model.
        let gateway = try ServiceFile(path: system.databasePath(of: "gateway"))
        XCTAssertEqual(try gateway.strings("SELECT approvedByName FROM events WHERE id = ?", [eventId]), ["Rūta Vaitkienė"])
        XCTAssertEqual(
            try gateway.strings(
                "SELECT actorName FROM activity WHERE subjectId = ? AND type = 'event.approved'", [eventId]),
            ["Rūta Vaitkienė"])

        // The API.
        let shown = try await council.get("/api/v1/events/\(eventId)")
        XCTAssertEqual(shown.status, 200, shown.text)
        let approvedBy = try XCTUnwrap(shown.json?["approvedBy"] as? [String: Any], shown.text)
        XCTAssertEqual(approvedBy["name"] as? String, "Rūta Vaitkienė")
        XCTAssertTrue(approvedBy["accountId"] is NSNull, shown.text)
        XCTAssertEqual(shown.json?["approvedAt"] as? String, Timestamp.formatVilnius(envelope.occurredAt))

        let activity = try await council.get("/api/v1/activity?subject=\(eventId)")
        XCTAssertEqual(activity.status, 200, activity.text)
        let items = try XCTUnwrap(activity.json?["items"] as? [[String: Any]], activity.text)
        XCTAssertEqual(items.map { $0["type"] as? String }, ["event.approved", "event.proposed"])
        XCTAssertEqual(
            items.map { ($0["actor"] as? [String: Any])?["name"] as? String }, ["Rūta Vaitkienė", "Test administrator"])
        system.removeFolder()
    }
}
