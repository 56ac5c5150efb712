import BrandService
import Foundation
import MessageSchema
import XCTest

/// submitted → approved or rejected; a new version goes back to review.
final class AssetLifecycleTests: BrandTestCase {
    func testRegisteringStoresATidyDescriptionAndSubmitsTheAsset() async throws {
        let harness = try makeHarness()
        let id = UUID()
        let ref = try await harness.expectSuccess(
            RegisterAsset(
                assetId: id,
                details: AssetDetails(
                    kind: .poster, title: "  Parodos „Ąžuolų šlamesys“ plakatas ", description: "  ",
                    tags: ["Paroda", " paroda ", "Plakatas", ""])))
        XCTAssertEqual(ref, AssetRef(assetId: id, status: .submitted))
        let registered = try await harness.published(AssetRegistered.self)
        XCTAssertEqual(
            registered,
            [
                AssetRegistered(
                    assetId: id,
                    details: AssetDetails(kind: .poster, title: "Parodos „Ąžuolų šlamesys“ plakatas", description: nil, tags: ["paroda", "plakatas"]))
            ])
        let status = try await harness.status(of: id)
        XCTAssertEqual(status, "submitted")
    }

    func testApprovalAfterAFileMakesTheAssetUsable() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let version = try await harness.expectSuccess(
            UploadAssetVersion(
                assetId: id, mimeType: "image/png", contentBase64: Sample.png(width: 640, height: 480).base64EncodedString()))
        XCTAssertEqual(version.number, 1)
        let approved = try await harness.expectSuccess(ReviewAsset(assetId: id, decision: .approve))
        XCTAssertEqual(approved.status, .approved)
        let messages = try await harness.outbox().map(\.type)
        XCTAssertEqual(messages, ["asset.registered", "asset.version-added", "asset.approved"])
    }

    func testRejectionKeepsItsReasonAndANewVersionSubmitsAgain() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        try await harness.expectSuccess(
            UploadAssetVersion(
                assetId: id, mimeType: "image/png", contentBase64: Sample.png(width: 10, height: 10).base64EncodedString()))
        let rejected = try await harness.expectSuccess(ReviewAsset(assetId: id, decision: .reject, reason: " Netinkamos spalvos "))
        XCTAssertEqual(rejected.status, .rejected)
        let reasons = try await harness.published(AssetRejected.self).map(\.reason)
        XCTAssertEqual(reasons, ["Netinkamos spalvos"])

        let second = try await harness.expectSuccess(
            UploadAssetVersion(
                assetId: id, mimeType: "image/png", contentBase64: Sample.png(width: 20, height: 10).base64EncodedString()))
        XCTAssertEqual(second.number, 2)
        XCTAssertEqual(second.status, .submitted)
        let status = try await harness.status(of: id)
        XCTAssertEqual(status, "submitted")
        try await harness.expectSuccess(ReviewAsset(assetId: id, decision: .approve))
    }

    func testANewVersionOfAnApprovedAssetNeedsApprovalAgain() async throws {
        let harness = try makeHarness()
        let id = try await harness.approvedAsset()
        let version = try await harness.expectSuccess(
            UploadAssetVersion(
                assetId: id, mimeType: "image/gif", contentBase64: Sample.gif(width: 2, height: 2).base64EncodedString()))
        XCTAssertEqual(version.status, .submitted)
        let added = try await harness.published(AssetVersionAdded.self).last
        XCTAssertEqual(added?.status, .submitted)
        XCTAssertEqual(added?.number, 2)
    }

    func testUpdateChangesOnlyTheGivenFields() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset("Senas pavadinimas", kind: .photo, tags: ["renginys"])
        try await harness.expectSuccess(UpdateAsset(assetId: id, patch: AssetPatch(title: "Naujas pavadinimas", tags: ["Knygos", "mugė"])))
        let changed = try await harness.published(AssetDetailsChanged.self)
        XCTAssertEqual(
            changed,
            [
                AssetDetailsChanged(
                    assetId: id, details: AssetDetails(kind: .photo, title: "Naujas pavadinimas", tags: ["knygos", "mugė"]))
            ])
    }
}
