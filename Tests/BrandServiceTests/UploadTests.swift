import BrandService
import Foundation
import GRDB
import MessageSchema
import XCTest

/// Files are stored by their SHA-256 under `brand-files/ab/…`, once, with
/// their MIME type, size and, for images, their pixel size from the header.
final class UploadTests: BrandTestCase {
    private func upload(_ harness: BrandHarness, _ id: UUID, _ data: Data, _ mimeType: String) async throws -> AssetVersionRef {
        try await harness.expectSuccess(UploadAssetVersion(assetId: id, mimeType: mimeType, contentBase64: data.base64EncodedString()))
    }

    func testTheDigestIsSHA256OfTheBytes() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let abc = try await upload(harness, id, Data("abc".utf8), "text/plain")
        XCTAssertEqual(abc.file.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(abc.file.size, 3)
        XCTAssertNil(abc.file.width)
        let twoBlocks = try await upload(
            harness, id, Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), "text/plain; charset=utf-8")
        XCTAssertEqual(twoBlocks.file.sha256, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(twoBlocks.file.mimeType, "text/plain")
    }

    /// FIPS 180-4's million "a": many 64 KiB chunks and a short last one.
    func testTheDigestOfAFileLongerThanOneChunk() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let million = try await upload(harness, id, Data(repeating: UInt8(ascii: "a"), count: 1_000_000), "text/plain")
        XCTAssertEqual(million.file.sha256, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        XCTAssertEqual(million.file.size, 1_000_000)
    }

    func testImageSizesAreReadFromPNGJPEGAndGIFHeaders() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let png = try await upload(harness, id, Sample.png(width: 1920, height: 1080), "image/png")
        XCTAssertEqual([png.file.width, png.file.height], [1920, 1080])
        let jpeg = try await upload(harness, id, Sample.jpeg(width: 800, height: 600), "image/jpeg")
        XCTAssertEqual([jpeg.file.width, jpeg.file.height], [800, 600])
        let gif = try await upload(harness, id, Sample.gif(width: 300, height: 2), "image/gif")
        XCTAssertEqual([gif.file.width, gif.file.height], [300, 2])
        XCTAssertEqual(gif.number, 3)
    }

    func testTheFileIsStoredUnderItsDigestAndTheSameBytesOnlyOnce() async throws {
        let harness = try makeHarness()
        let first = try await harness.asset("Pirmas")
        let second = try await harness.asset("Antras")
        let bytes = Sample.png(width: 5, height: 5, extra: 7)
        let a = try await upload(harness, first, bytes, "image/png")
        let b = try await upload(harness, second, bytes, "image/png")
        let c = try await upload(harness, first, bytes, "image/png")
        XCTAssertEqual(a.file.sha256, b.file.sha256)
        XCTAssertEqual(c.number, 2)

        let path = harness.folder.appendingPathComponent("brand-files")
            .appendingPathComponent(String(a.file.sha256.prefix(2))).appendingPathComponent(a.file.sha256)
        XCTAssertEqual(harness.files.path(of: a.file.sha256).path, path.path)
        XCTAssertEqual(try Data(contentsOf: path), bytes)
        let folder = path.deletingLastPathComponent()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [a.file.sha256])
        let (files, versions) = try await harness.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM files") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assetVersions") ?? 0)
        }
        XCTAssertEqual(files, 1)
        XCTAssertEqual(versions, 3)
    }

    func testAnImageTypeThatTheBytesContradictIsRefused() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let notPNG = try await harness.expectRefusal(
            UploadAssetVersion(
                assetId: id, mimeType: "image/png", contentBase64: Sample.gif(width: 1, height: 1).base64EncodedString()))
        XCTAssertEqual(notPNG.code, .invalid)
        XCTAssertEqual(notPNG.details?["field"], "mimeType")
        let disguised = try await harness.expectRefusal(
            UploadAssetVersion(
                assetId: id, mimeType: "image/webp", contentBase64: Sample.png(width: 1, height: 1).base64EncodedString()))
        XCTAssertEqual(disguised.code, .invalid)
        let versions = try await harness.published(AssetVersionAdded.self)
        XCTAssertTrue(versions.isEmpty)
    }

    func testBadContentAndBadTypesAreRefused() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let notBase64 = try await harness.expectRefusal(UploadAssetVersion(assetId: id, mimeType: "text/plain", contentBase64: "%%%"))
        XCTAssertEqual(notBase64.details?["field"], "contentBase64")
        let empty = try await harness.expectRefusal(UploadAssetVersion(assetId: id, mimeType: "text/plain", contentBase64: ""))
        XCTAssertEqual(empty.code, .invalid)
        let type = try await harness.expectRefusal(UploadAssetVersion(assetId: id, mimeType: "paveikslėlis", contentBase64: "YWJj"))
        XCTAssertEqual(type.details?["field"], "mimeType")
    }
}
