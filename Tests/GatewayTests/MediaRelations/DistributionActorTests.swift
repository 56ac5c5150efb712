import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayMediaRelations

/// Who distributed a press release, from `PressReleaseDistributed`'s
/// envelope actor, on `GET /api/v1/press-releases/{id}`.
final class DistributionActorTests: XCTestCase {
    func testThePressReleaseShowsWhoDistributedItAndWhen() async throws {
        let id = UUID()
        let list = UUID()
        let contact = UUID()
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            let feed = MessageFeed(fixture.database, source: .mediaRelations)
            try feed.apply(ContactListCreated(listId: list, name: "Kultūra"))
            try feed.apply(
                PressReleaseDrafted(pressReleaseId: id, content: PressReleaseContent(titleLt: "Nauja paroda", bodyLt: "Kviečiame.")))
            try feed.apply(PressReleaseApproved(pressReleaseId: id))
            let at = Sample.date("2026-11-27T08:30")
            try feed.apply(
                PressReleaseDistributed(pressReleaseId: id, distributedAt: at, contactListId: list, contactIds: [contact]),
                at: at, actor: Actor(accountId: UUID(uuidString: "2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809"), name: "Tomas Jankauskas"))
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/press-releases/\(id.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["status"] as? String, "distributed")
                let distributedBy = try XCTUnwrap(body["distributedBy"] as? [String: Any], response.text)
                XCTAssertEqual(distributedBy["accountId"] as? String, "2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809")
                XCTAssertEqual(distributedBy["name"] as? String, "Tomas Jankauskas")
                XCTAssertEqual(body["distributedAt"] as? String, "2026-11-27T08:30:00+02:00")
            }
        }
    }
}
