import BrandService
import Foundation
import MessageSchema
import XCTest

/// Photo and video archives, and the assets put in them.
final class CollectionTests: BrandTestCase {
    func testACollectionIsOpenedAndAssetsAddedOnce() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let collectionId = UUID()
        try await harness.expectSuccess(OpenCollection(collectionId: collectionId, title: " Knygų mugės nuotraukos ", eventId: eventId))
        let asset = try await harness.asset("Mugės atidarymas", kind: .photo)
        try await harness.expectSuccess(AddAssetToCollection(collectionId: collectionId, assetId: asset))
        let duplicate = try await harness.expectRefusal(AddAssetToCollection(collectionId: collectionId, assetId: asset))
        XCTAssertEqual(duplicate.code, .conflict)

        let opened = try await harness.published(CollectionOpened.self)
        XCTAssertEqual(opened, [CollectionOpened(collectionId: collectionId, title: "Knygų mugės nuotraukos", eventId: eventId)])
        let added = try await harness.published(CollectionAssetAdded.self)
        XCTAssertEqual(added, [CollectionAssetAdded(collectionId: collectionId, assetId: asset)])
    }

    func testRefusalsNameWhatIsWrong() async throws {
        let harness = try makeHarness()
        let blank = try await harness.expectRefusal(OpenCollection(title: "  "))
        XCTAssertEqual(blank.details?["field"], "title")
        let asset = try await harness.asset()
        let unknown = try await harness.expectRefusal(AddAssetToCollection(collectionId: UUID(), assetId: asset))
        XCTAssertEqual(unknown.code, .notFound)
        let id = UUID()
        try await harness.expectSuccess(OpenCollection(collectionId: id, title: "Archyvas"))
        let again = try await harness.expectRefusal(OpenCollection(collectionId: id, title: "Archyvas"))
        XCTAssertEqual(again.code, .conflict)
        let unknownAsset = try await harness.expectRefusal(AddAssetToCollection(collectionId: id, assetId: UUID()))
        XCTAssertEqual(unknownAsset.code, .notFound)
    }
}
