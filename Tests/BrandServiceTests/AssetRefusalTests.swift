import BrandService
import Foundation
import MessageSchema
import XCTest

/// Every refusal of the asset commands, each with the code and field a caller needs.
final class AssetRefusalTests: BrandTestCase {
    func testABlankTitleIsRefusedNamingTheField() async throws {
        let harness = try makeHarness()
        let failure = try await harness.expectRefusal(RegisterAsset(details: AssetDetails(kind: .logo, title: "   ")))
        XCTAssertEqual(failure.code, .invalid)
        XCTAssertEqual(failure.details?["field"], "title")
        let outbox = try await harness.outbox()
        XCTAssertTrue(outbox.isEmpty)
    }

    func testTooManyTagsAreRefused() async throws {
        let harness = try makeHarness()
        let tags = (1...31).map { "žyma \($0)" }
        let failure = try await harness.expectRefusal(RegisterAsset(details: AssetDetails(kind: .logo, title: "Ženklas", tags: tags)))
        XCTAssertEqual(failure.details?["field"], "tags")
    }

    func testTheSameIdTwiceIsAConflict() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let failure = try await harness.expectRefusal(RegisterAsset(assetId: id, details: AssetDetails(kind: .logo, title: "Kitas")))
        XCTAssertEqual(failure.code, .conflict)
    }

    func testCommandsOnAnUnknownAssetAreNotFound() async throws {
        let harness = try makeHarness()
        let missing = UUID()
        let review = try await harness.expectRefusal(ReviewAsset(assetId: missing, decision: .approve))
        XCTAssertEqual(review.code, .notFound)
        let update = try await harness.expectRefusal(UpdateAsset(assetId: missing, patch: AssetPatch(title: "X")))
        XCTAssertEqual(update.code, .notFound)
        let upload = try await harness.expectRefusal(UploadAssetVersion(assetId: missing, mimeType: "image/png", contentBase64: "AA=="))
        XCTAssertEqual(upload.code, .notFound)
        let licence = try await harness.expectRefusal(RecordLicence(assetId: missing, holder: "A", terms: "B", expiresOn: nil))
        XCTAssertEqual(licence.code, .notFound)
    }

    func testAnAssetWithoutAFileCannotBeApproved() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let failure = try await harness.expectRefusal(ReviewAsset(assetId: id, decision: .approve))
        XCTAssertEqual(failure.code, .conflict)
        let status = try await harness.status(of: id)
        XCTAssertEqual(status, "submitted")
    }

    func testARejectionWithoutAReasonIsRefused() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let failure = try await harness.expectRefusal(ReviewAsset(assetId: id, decision: .reject, reason: "  "))
        XCTAssertEqual(failure.code, .invalid)
        XCTAssertEqual(failure.details?["field"], "reason")
    }

    func testOnlySubmittedAssetsAreRejectedAndRejectedOnesAreNotApproved() async throws {
        let harness = try makeHarness()
        let approved = try await harness.approvedAsset()
        let reject = try await harness.expectRefusal(ReviewAsset(assetId: approved, decision: .reject, reason: "Per vėlu"))
        XCTAssertEqual(reject.code, .illegalTransition)
        let approveAgain = try await harness.expectRefusal(ReviewAsset(assetId: approved, decision: .approve))
        XCTAssertEqual(approveAgain.code, .illegalTransition)

        let rejected = try await harness.asset("Kitas")
        try await harness.expectSuccess(ReviewAsset(assetId: rejected, decision: .reject, reason: "Netinka"))
        let approve = try await harness.expectRefusal(ReviewAsset(assetId: rejected, decision: .approve))
        XCTAssertEqual(approve.code, .illegalTransition)
        XCTAssertEqual(approve.details?["from"], "rejected")
    }

    func testAnEmptyPatchIsRefused() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let failure = try await harness.expectRefusal(UpdateAsset(assetId: id, patch: AssetPatch()))
        XCTAssertEqual(failure.code, .invalid)
    }

    func testAnUnknownCommandIsRefused() async throws {
        let harness = try makeHarness()
        let reply = await harness.handler.handle(CommandRequest(name: "brand.paint", idempotencyKey: "k", payload: .object([:])))
        XCTAssertEqual(reply.failure?.code, .unknownCommand)
    }

    func testARetriedCommandReturnsTheFirstAnswerAndChangesNothingAgain() async throws {
        let harness = try makeHarness()
        let command = RegisterAsset(details: AssetDetails(kind: .template, title: "Pranešimo spaudai šablonas"))
        let first = try await harness.send(command, key: "same")
        let second = try await harness.send(command, key: "same")
        XCTAssertTrue(first.ok)
        XCTAssertEqual(first, second)
        let count = try await harness.outbox().count
        XCTAssertEqual(count, 1)
    }
}
