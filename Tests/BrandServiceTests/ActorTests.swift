import BrandService
import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// Who approved an asset: the command's actor is in the assets table and on
/// the message; a reaction carries the actor of the message it answers.
final class ActorTests: BrandTestCase {
    let editor = Actor(accountId: UUID(uuidString: "0B7E5D3C-1A2B-4C3D-9E8F-7A6B5C4D3E2F"), name: "Jonas Petraitis")

    func testApprovalKeepsWhoApprovedAndWhenInTheTableAndOnTheMessage() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset("Bibliotekos logotipas")
        try await harness.expectSuccess(
            UploadAssetVersion(
                assetId: id, mimeType: "image/png", contentBase64: Sample.png(width: 4, height: 3).base64EncodedString()),
            actor: editor)
        try await harness.expectSuccess(ReviewAsset(assetId: id, decision: .approve), actor: editor)

        let outbox = try await harness.outbox()
        let approved = try XCTUnwrap(outbox.last)
        XCTAssertEqual(approved.type, AssetApproved.type)
        XCTAssertEqual(approved.actor, editor)
        let stored = try await harness.row(
            "SELECT status, approvedByAccountId, approvedByName, approvedAt FROM assets WHERE id = ?", [id.uuidString])
        let row = try XCTUnwrap(stored)
        XCTAssertEqual(row["status"], "approved")
        XCTAssertEqual(row["approvedByAccountId"], "0B7E5D3C-1A2B-4C3D-9E8F-7A6B5C4D3E2F")
        XCTAssertEqual(row["approvedByName"], "Jonas Petraitis")
        XCTAssertNotNil(row["approvedAt"])
    }

    func testAnArchiveOpenedForAHeldExhibitionIsMadeForWhoeverMarkedItHeld() async throws {
        let harness = try makeHarness()
        let held = Envelope(
            type: EventHeld.type, version: EventHeld.version, source: "events", seq: 1, occurredAt: Date(),
            correlationId: UUID(), actor: editor, payload: try .from(EventHeld(eventId: UUID(), eventType: .exhibition)))
        try await harness.database.writer.write { db in try BrandReactions.make().apply(held, in: db) }

        let outbox = try await harness.outbox()
        let opened = try XCTUnwrap(outbox.first)
        XCTAssertEqual(opened.type, CollectionOpened.type)
        XCTAssertEqual(opened.actor, editor)
        XCTAssertEqual(opened.causationId, held.id)
    }
}
