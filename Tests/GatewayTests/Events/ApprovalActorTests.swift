import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

/// Who approved an event in the Events Council, from `EventApproved`'s
/// envelope actor: in the read model, on `GET /api/v1/events/{id}`, and in
/// the event's activity history.
final class ApprovalActorTests: XCTestCase {
    static let eventId = UUID(uuidString: "3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F")!
    static let member = Actor(accountId: UUID(uuidString: "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B"), name: "Rūta Vaitkienė")

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .events)
        try feed.apply(
            EventProposed(eventId: eventId, details: Sample.details("Paroda „Senieji žemėlapiai“")),
            at: Sample.date("2026-11-19T09:00"), actor: Actor(name: "renginiu-sistema"))
        try feed.apply(EventApproved(eventId: eventId), at: Sample.date("2026-11-20T10:15"), actor: member)
    }

    func testTheReadModelKeepsWhoApprovedAndWhen() throws {
        let fixture = try ReadModelFixture()
        try Self.seed(fixture)
        let event = try XCTUnwrap(try fixture.event(Self.eventId))
        XCTAssertEqual(event.status, .approved)
        XCTAssertEqual(event.approvedBy, Self.member)
        XCTAssertEqual(event.approvedAt, Sample.date("2026-11-20T10:15"))
    }

    func testTheEventAndItsActivityShowWhoApprovedIt() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            try await client.execute(uri: "/api/v1/events/\(Self.eventId.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                let approvedBy = try XCTUnwrap(body["approvedBy"] as? [String: Any], response.text)
                XCTAssertEqual(approvedBy["accountId"] as? String, "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B")
                XCTAssertEqual(approvedBy["name"] as? String, "Rūta Vaitkienė")
                XCTAssertEqual(body["approvedAt"] as? String, "2026-11-20T10:15:00+02:00")
            }
            try await client.execute(uri: "/api/v1/activity?subject=\(Self.eventId.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["total"] as? Int, 2)
                let items = try XCTUnwrap(body["items"] as? [[String: Any]], response.text)
                XCTAssertEqual(items.map { $0["type"] as? String }, ["event.approved", "event.proposed"])
                XCTAssertEqual(items.map { $0["occurredAt"] as? String }, ["2026-11-20T10:15:00+02:00", "2026-11-19T09:00:00+02:00"])
                XCTAssertEqual(items.map { $0["source"] as? String }, ["events", "events"])
                let actors = items.compactMap { $0["actor"] as? [String: Any] }
                XCTAssertEqual(actors.map { $0["name"] as? String }, ["Rūta Vaitkienė", "renginiu-sistema"])
                XCTAssertEqual(actors.last?["accountId"] is NSNull, true)
            }
        }
    }

    func testAnEventNotYetApprovedShowsNullsAndAnApprovalWithoutAnActorShowsNoName() async throws {
        let proposed = UUID()
        let unnamed = UUID()
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            let feed = MessageFeed(fixture.database, source: .events)
            try feed.apply(EventProposed(eventId: proposed, details: Sample.details("Knygos pristatymas")))
            try feed.apply(
                EventProposed(eventId: unnamed, details: Sample.details("Konferencija", starts: "2026-12-02T18:00", ends: "2026-12-02T20:00")))
            try feed.apply(EventApproved(eventId: unnamed), at: Sample.date("2026-11-21T12:00"))
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/events/\(proposed.uuidString)", method: .get) { response in
                let body = try response.json()
                XCTAssertTrue(body["approvedBy"] is NSNull, response.text)
                XCTAssertTrue(body["approvedAt"] is NSNull, response.text)
            }
            try await client.execute(uri: "/api/v1/events/\(unnamed.uuidString)", method: .get) { response in
                let body = try response.json()
                XCTAssertTrue(body["approvedBy"] is NSNull, response.text)
                XCTAssertEqual(body["approvedAt"] as? String, "2026-11-21T12:00:00+02:00")
            }
        }
    }
}
