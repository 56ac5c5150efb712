import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayBrand
@testable import GatewayKit

/// Who approved an asset, from `AssetApproved`'s envelope actor, on
/// `GET /api/v1/brand/assets/{id}`.
final class AssetApprovalActorTests: XCTestCase {
    func testTheAssetShowsWhoApprovedItAndWhen() async throws {
        let id = UUID()
        let unapproved = UUID()
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            let feed = MessageFeed(fixture.database, source: .brand)
            try feed.asset("Bibliotekos logotipas", id: id, approved: false)
            try feed.apply(
                AssetApproved(assetId: id), at: Sample.date("2026-11-24T14:30"),
                actor: Actor(accountId: UUID(uuidString: "0B7E5D3C-1A2B-4C3D-9E8F-7A6B5C4D3E2F"), name: "Jonas Petraitis"))
            try feed.asset("Plakatas", id: unapproved, approved: false)
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/brand/assets/\(id.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["status"] as? String, "approved")
                let approvedBy = try XCTUnwrap(body["approvedBy"] as? [String: Any], response.text)
                XCTAssertEqual(approvedBy["accountId"] as? String, "0B7E5D3C-1A2B-4C3D-9E8F-7A6B5C4D3E2F")
                XCTAssertEqual(approvedBy["name"] as? String, "Jonas Petraitis")
                XCTAssertEqual(body["approvedAt"] as? String, "2026-11-24T14:30:00+02:00")
            }
            try await client.execute(uri: "/api/v1/brand/assets/\(unapproved.uuidString)", method: .get) { response in
                let body = try response.json()
                XCTAssertTrue(body["approvedBy"] is NSNull, response.text)
                XCTAssertTrue(body["approvedAt"] is NSNull, response.text)
            }
        }
    }
}
