import Bus
import Foundation
import MessageSchema
import XCTest

/// What cannot be decoded or applied lands in dead letters with a reason, the
/// consumer carries on, and `komunikactl dead-letters list` shows it.
final class DeadLetterTests: XCTestCase {
    func testMalformedFrameAndUnknownTypeAreDeadLetteredAndConsumerCarriesOn() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_GATEWAY_SOURCES": "events,campaigns"])
        defer { system.stopAll() }
        // The test plays a campaigns service that publishes garbage.
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

        let unknown = Envelope(
            type: "campaign.teleported", version: 1, source: "campaigns", seq: 1, occurredAt: Date(),
            payload: .object(["campaignId": .string(UUID().uuidString)]))
        var listed = ""
        let landed = await eventually(timeout: .seconds(30), every: .milliseconds(1_000)) {
            rogue.publishFrames([Data("campaigns.campaign.launched".utf8)])
            rogue.publishFrames([Data("campaigns.campaign.launched".utf8), Data("{not json".utf8)])
            rogue.publish(topic: unknown.topic, body: (try? unknown.encoded()) ?? Data())
            try? await Task.sleep(for: .milliseconds(300))
            guard let result = try? system.komunikactl(["dead-letters", "list", "gateway"]) else { return false }
            listed = result.output
            return listed.contains("expected 2 frames") && listed.contains("cannot be decoded")
                && listed.contains("campaign.teleported")
        }
        XCTAssertTrue(landed, "dead letters listed:\n\(listed)\ngateway log:\n\(system.log(of: "komunika-gateway").suffix(2000))")
        XCTAssertTrue(listed.contains("unknown message type campaign.teleported v1"), listed)
        XCTAssertTrue(system.isRunning("komunika-gateway"))

        // The consumer carries on: a new event still reaches the read model.
        let created = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Po klaidų", day: 3))
        XCTAssertEqual(created.status, 201, created.text)
        let id = try XCTUnwrap(created.json?["id"] as? String)
        let read = try await http.get("/api/v1/events/\(id)")
        XCTAssertEqual(read.status, 200)
        XCTAssertEqual((read.json?["title"] as? [String: Any])?["lt"] as? String, "Po klaidų")

        // The unknown type is retried and stays dead; it is still listed.
        let retried = try system.komunikactl(["dead-letters", "retry", "gateway"])
        XCTAssertEqual(retried.status, 0, retried.error)
        XCTAssertTrue(retried.output.contains("0 resolved"), retried.output)
        let json = try system.komunikactl(["dead-letters", "list", "gateway", "--json"])
        let letters = try XCTUnwrap(
            (try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])?["gateway"] as? [[String: Any]])
        XCTAssertTrue(letters.contains { ($0["raw"] as? String)?.contains("campaign.teleported") == true })
        XCTAssertTrue(letters.allSatisfy { !(($0["reason"] as? String) ?? "").isEmpty })
        system.removeFolder()
    }
}
