import Bus
import Foundation
import MessageSchema
import XCTest

/// The envelope and the heartbeat as a listener in another language reads
/// them off the bus (raw JSON from its own SUB socket), and an envelope whose
/// source does not match the topic it came under (issue 9, defect 8).
final class EnvelopeOnTheWireTests: XCTestCase {
    func testEveryEnvelopeMemberIsOnTheWireWithNullWhereItHasNoValue() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let context = ZMQContext()
        defer { context.terminate() }
        let heard = Heard()
        let listener = try system.eventsListener(in: context, heard: heard)
        defer { listener.close() }
        let connected = await eventually(timeout: .seconds(10)) { heard.count > 0 }
        XCTAssertTrue(connected, "no heartbeat from the events service")

        let created = try await system.http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Laidoje", day: 4))
        XCTAssertEqual(created.status, 201, created.text)
        let topic = Topic.message(source: "events", type: EventProposed.type)
        let arrived = await eventually(timeout: .seconds(10)) { !heard.bodies(onTopic: topic).isEmpty }
        XCTAssertTrue(arrived, "no \(topic) heard")
        let body = try XCTUnwrap(heard.bodies(onTopic: topic).first)
        let envelope = try XCTUnwrap(try JSONSerialization.jsonObject(with: body) as? [String: Any])

        let epoch = try ServiceFile(path: system.databasePath(of: "events")).strings("SELECT epoch FROM incarnation")
        XCTAssertEqual(
            Set(envelope.keys),
            ["id", "type", "version", "source", "epoch", "seq", "occurredAt", "correlationId", "causationId", "actor", "payload"])
        XCTAssertEqual(envelope["epoch"] as? String, epoch.first)
        XCTAssertEqual(envelope["source"] as? String, "events")
        XCTAssertEqual(envelope["seq"] as? Int, 1)
        XCTAssertTrue(envelope["causationId"] is NSNull, String(decoding: body, as: UTF8.self))
        XCTAssertTrue(envelope["correlationId"] is NSNull || envelope["correlationId"] is String)
        XCTAssertEqual((envelope["actor"] as? [String: Any])?["name"] as? String, "Test administrator")

        // The heartbeat: its own topic, every member, the highest seq published.
        var beat: [String: Any] = [:]
        let announced = await eventually(timeout: .seconds(10)) {
            guard let last = heard.bodies(onTopic: "events.bus.heartbeat").last,
                let json = try? JSONSerialization.jsonObject(with: last) as? [String: Any]
            else { return false }
            beat = json
            return json["latestSeq"] as? Int == 1
        }
        XCTAssertTrue(announced, "heartbeat: \(beat)")
        XCTAssertEqual(Set(beat.keys), ["source", "epoch", "latestSeq", "sentAt"])
        XCTAssertEqual(beat["source"] as? String, "events")
        XCTAssertEqual(beat["epoch"] as? String, epoch.first)
        system.removeFolder()
    }

    func testEnvelopeWhoseSourceDoesNotMatchItsTopicIsDeadLettered() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_GATEWAY_SOURCES": "events,campaigns"])
        defer { system.stopAll() }
        // The test plays a campaigns service that speaks for events.
        let context = ZMQContext()
        let rogue = try system.publisher(playing: "campaigns", in: context)
        defer {
            rogue.close()
            context.terminate()
        }
        try system.start("komunika-events")
        try system.start("komunika-gateway")
        let http = system.http
        let healthy = await eventually { (try? await http.get("/healthz"))?.status == 200 }
        XCTAssertTrue(healthy, system.log(of: "komunika-gateway"))

        let forged = Envelope(
            type: EventCancelled.type, version: EventCancelled.version, source: "events", seq: 1, occurredAt: Date(),
            payload: .object(["eventId": .string(UUID().uuidString), "reason": .string("suklastota")]))
        var listed = ""
        let landed = await eventually(timeout: .seconds(30), every: .milliseconds(1_000)) {
            rogue.publish(topic: "campaigns.event.cancelled", body: (try? forged.encoded()) ?? Data())
            try? await Task.sleep(for: .milliseconds(300))
            guard let result = try? system.komunikactl(["dead-letters", "list", "gateway"]) else { return false }
            listed = result.output
            return listed.contains("does not match")
        }
        XCTAssertTrue(landed, "dead letters listed:\n\(listed)\ngateway log:\n\(system.log(of: "komunika-gateway").suffix(2000))")
        XCTAssertTrue(
            listed.contains(
                "the topic 'campaigns.event.cancelled' does not match the envelope's source 'events' (expected 'events.event.cancelled')"),
            listed)
        let status = try system.komunikactl(["status"])
        XCTAssertTrue(status.output.contains("gateway ← events: applied 0 of 0, lag 0"), status.output)

        // Refused before it was read as events' message, it is never applied by a retry.
        let retried = try system.komunikactl(["dead-letters", "retry", "gateway"])
        XCTAssertTrue(retried.output.hasPrefix("gateway: 0 resolved, "), retried.output + retried.error)
        let after = try system.komunikactl(["dead-letters", "list", "gateway"])
        XCTAssertTrue(
            after.output.contains(
                "refused before it was read as a message of its source (its topic or frames): not applied; if genuine, it came again in order"),
            after.output)
        system.removeFolder()
    }
}
