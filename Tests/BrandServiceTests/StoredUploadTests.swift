import BrandService
import FileStore
import Foundation
import GRDB
import MessageSchema
import XCTest

/// Files the gateway streamed into the store's `incoming/` folder: the brand
/// service checks them (size, SHA-256), moves them into place and records
/// the version with the name they were uploaded under; what does not match
/// is refused and removed.
final class StoredUploadTests: BrandTestCase {
    /// Writes `data` into the store's `incoming/` folder as the gateway does, in pieces.
    private func stage(_ harness: BrandHarness, _ data: Data) throws -> StagedFile {
        let incoming = try harness.files.beginUpload()
        for start in stride(from: 0, to: data.count, by: 1000) {
            try data[start..<min(start + 1000, data.count)].withUnsafeBytes { try incoming.append($0) }
        }
        return try incoming.finish()
    }

    func testAStreamedUploadIsCheckedMovedIntoPlaceAndNamed() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset("Žalčių karalienė", kind: .video)
        let bytes = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let staged = try stage(harness, bytes)
        let command = AddStoredAssetVersion(
            assetId: id, sha256: staged.sha256, size: staged.size, mimeType: "video/mp4", fileName: " Žalčių karalienė.mp4")
        let added = try await harness.expectSuccess(command)
        XCTAssertEqual(added.number, 1)
        XCTAssertEqual(added.fileName, "Žalčių karalienė.mp4")
        XCTAssertEqual(added.file, AssetFile(sha256: staged.sha256, mimeType: "video/mp4", size: 5000))
        XCTAssertEqual(try Data(contentsOf: harness.files.path(of: staged.sha256)), bytes)
        XCTAssertFalse(FileManager.default.fileExists(atPath: staged.path.path))
        let message = try await harness.published(AssetVersionAdded.self).last
        XCTAssertEqual(message?.fileName, "Žalčių karalienė.mp4")
        XCTAssertEqual(message?.file.size, 5000)
        let stored = try await harness.read { db in
            try String.fetchOne(db, sql: "SELECT fileName FROM assetVersions WHERE assetId = ?", arguments: [id.uuidString])
        }
        XCTAssertEqual(stored, "Žalčių karalienė.mp4")
        let status = try await harness.status(of: id)
        XCTAssertEqual(status, "submitted")

        // The same bytes again, as another version: stored once, no upload waiting.
        let again = try stage(harness, bytes)
        let second = try await harness.expectSuccess(
            AddStoredAssetVersion(assetId: id, sha256: again.sha256, size: again.size, mimeType: "video/mp4"))
        XCTAssertEqual(second.number, 2)
        XCTAssertNil(second.fileName)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: harness.files.incomingFolder.path), [])
    }

    func testAnImageReadFromTheStoredFileGetsItsPixelSize() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let staged = try stage(harness, Sample.png(width: 1920, height: 1080))
        let added = try await harness.expectSuccess(
            AddStoredAssetVersion(assetId: id, sha256: staged.sha256, size: staged.size, mimeType: "image/png", fileName: "ženklas.png"))
        XCTAssertEqual([added.file.width, added.file.height], [1920, 1080])
        let notGIF = try stage(harness, Sample.png(width: 2, height: 2, extra: 1))
        let refused = try await harness.expectRefusal(
            AddStoredAssetVersion(assetId: id, sha256: notGIF.sha256, size: notGIF.size, mimeType: "image/gif"))
        XCTAssertEqual(refused.details?["field"], "mimeType")
    }

    func testBytesThatDoNotMatchTheirDigestAreRefusedAndRemoved() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let staged = try stage(harness, Data("tikras vaizdo įrašas".utf8))
        try Data("kitoks vaizdo įrašas".utf8).write(to: staged.path)
        let mismatch = try await harness.expectRefusal(
            AddStoredAssetVersion(assetId: id, sha256: staged.sha256, size: staged.size, mimeType: "video/mp4"))
        XCTAssertEqual(mismatch.code, .invalid)
        XCTAssertEqual(mismatch.details?["field"], "sha256")
        XCTAssertFalse(FileManager.default.fileExists(atPath: staged.path.path))
        XCTAssertNil(harness.files.size(of: staged.sha256))
        let versions = try await harness.published(AssetVersionAdded.self)
        XCTAssertTrue(versions.isEmpty)

        let short = try stage(harness, Data("trumpas".utf8))
        let wrongSize = try await harness.expectRefusal(
            AddStoredAssetVersion(assetId: id, sha256: short.sha256, size: short.size + 1, mimeType: "video/mp4"))
        XCTAssertEqual(wrongSize.details?["field"], "size")
    }

    func testAMissingUploadABadDigestABadNameAndAnUnknownAssetAreRefused() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let missing = try await harness.expectRefusal(
            AddStoredAssetVersion(assetId: id, sha256: String(repeating: "ab", count: 32), size: 10, mimeType: "video/mp4"))
        XCTAssertEqual(missing.code, .notFound)
        let notDigest = try await harness.expectRefusal(
            AddStoredAssetVersion(assetId: id, sha256: "../../brand.sqlite", size: 10, mimeType: "video/mp4"))
        XCTAssertEqual(notDigest.details?["field"], "sha256")
        let staged = try stage(harness, Data("abc".utf8))
        let badName = try await harness.expectRefusal(
            AddStoredAssetVersion(assetId: id, sha256: staged.sha256, size: 3, mimeType: "text/plain", fileName: "../abc.txt"))
        XCTAssertEqual(badName.details?["field"], "fileName")
        let unknown = try await harness.expectRefusal(
            AddStoredAssetVersion(assetId: UUID(), sha256: staged.sha256, size: 3, mimeType: "text/plain"))
        XCTAssertEqual(unknown.code, .notFound)
    }
}
