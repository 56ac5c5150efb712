import Bus
import Foundation
import MessageSchema
import ServiceKit
import XCTest

/// A consumer that was down catches up by replay: the gateway is killed, the
/// events service emits 500 messages nobody hears, and the restarted gateway
/// fetches every one of them.
final class CatchUpTests: XCTestCase {
    func testGatewayDownWhileEventsEmits500MessagesCatchesUpByReplay() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let first = try await system.http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Pirmasis renginys", day: 1))
        XCTAssertEqual(first.status, 201, first.text)
        system.kill("komunika-gateway")

        let context = ZMQContext()
        let client = try CommandClient(
            context: context, topology: Topology(environment: system.environment), services: [.events],
            clientOptions: try system.security(as: "operator").clientOptions(to:))
        defer {
            client.close()
            context.terminate()
        }
        var ids: Set<String> = []
        for index in 0..<500 {
            let body = Fixtures.event(title: "Renginys be vartų Nr. \(index)", day: 10 + index)
            let details = try JSONValue.from(EventBody(body)).decode(as: EventDetails.self)
            let command = ProposeEvent(details: details)
            let reply = try await client.send(try CommandRequest(command, idempotencyKey: UUID().uuidString), to: .events)
            XCTAssertTrue(reply.ok, "\(reply.failure?.description ?? "")")
            ids.insert(command.eventId.uuidString.lowercased())
        }
        let events = try ServiceFile(path: system.databasePath(of: "events"))
        XCTAssertEqual(try events.int("SELECT COUNT(*) FROM outbox"), 501)

        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let listing = try await system.http.get("/api/v1/events?limit=500&offset=0&sort=startsAt")
        XCTAssertEqual(listing.json?["total"] as? Int, 501)
        var listed: Set<String> = []
        for offset in stride(from: 0, to: 501, by: 500) {
            let page = try await system.http.get("/api/v1/events?limit=500&offset=\(offset)")
            for item in page.json?["items"] as? [[String: Any]] ?? [] {
                if let id = item["id"] as? String { listed.insert(id.lowercased()) }
            }
        }
        XCTAssertTrue(ids.isSubset(of: listed), "\(ids.subtracting(listed).count) of the 500 are missing from the read model")
        system.removeFolder()
    }
}

/// Turns a fixture's JSON into the schema's `EventDetails` the way the gateway would.
struct EventBody: Encodable {
    let value: [String: Any]
    init(_ value: [String: Any]) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        let data = try JSONSerialization.data(withJSONObject: value)
        let json = try JSONDecoder().decode(JSONValue.self, from: data)
        try json.encode(to: encoder)
    }
}
