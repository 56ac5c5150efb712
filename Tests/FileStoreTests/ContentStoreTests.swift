import FileStore
import Foundation
import XCTest

/// The content-addressed store: uploads written piece by piece and hashed as
/// they come, checked again before they are moved into place, refused when
/// they do not match what was announced, and never left half-written under
/// a digest.
final class ContentStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("filestore-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func upload(_ store: ContentStore, _ pieces: [Data]) throws -> StagedFile {
        let incoming = try store.beginUpload()
        for piece in pieces { try piece.withUnsafeBytes { try incoming.append($0) } }
        return try incoming.finish()
    }

    private func incomingNames(_ store: ContentStore) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: store.incomingFolder.path).sorted()
    }

    func testTheDigestIsSHA256OfTheBytesHowEverTheyArePieced() throws {
        let store = ContentStore(folder: folder)
        let abc = try upload(store, [Data("a".utf8), Data("bc".utf8)])
        XCTAssertEqual(abc.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(abc.size, 3)
        XCTAssertEqual(abc.path, store.stagedPath(of: abc.sha256))
        // FIPS 180-4's million "a", in pieces that do not line up with SHA-256's blocks or the read chunks.
        let million = try upload(store, [Data(repeating: 0x61, count: 333_333), Data(repeating: 0x61, count: 666_667)])
        XCTAssertEqual(million.sha256, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let read = try ContentStore.sha256(ofFileAt: million.path)
        XCTAssertEqual(read.sha256, million.sha256)
        XCTAssertEqual(read.size, 1_000_000)
    }

    func testAdmittingMovesTheUploadIntoPlaceOnceAndKeepsOneCopy() throws {
        let store = ContentStore(folder: folder)
        let bytes = Data("Žalčių karalienė".utf8)
        let first = try upload(store, [bytes])
        XCTAssertEqual(try store.admit(sha256: first.sha256, size: first.size), .stored)
        let target = folder.appendingPathComponent(String(first.sha256.prefix(2))).appendingPathComponent(first.sha256)
        XCTAssertEqual(store.path(of: first.sha256), target)
        XCTAssertEqual(try Data(contentsOf: target), bytes)
        XCTAssertEqual(store.size(of: first.sha256), Int64(bytes.count))
        XCTAssertEqual(try incomingNames(store), [])

        let again = try upload(store, [bytes])
        XCTAssertEqual(try store.admit(sha256: again.sha256, size: again.size), .alreadyStored)
        XCTAssertEqual(try incomingNames(store), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path), [first.sha256])
        // A retried admission of what is in place already is no error.
        XCTAssertEqual(try store.admit(sha256: first.sha256, size: first.size), .alreadyStored)
        XCTAssertEqual(try store.prefix(of: first.sha256, count: 4), Array(bytes.prefix(4)))
        XCTAssertEqual(try store.prefix(of: first.sha256, count: 1000), Array(bytes))
    }

    func testAnUploadWhoseBytesDoNotMatchItsDigestIsRefusedAndRemoved() throws {
        let store = ContentStore(folder: folder)
        let staged = try upload(store, [Data("tikras turinys".utf8)])
        // Someone (or a failing disk) changes the bytes after they were hashed.
        try Data("kitas  turinys".utf8).write(to: staged.path)
        XCTAssertThrowsError(try store.admit(sha256: staged.sha256, size: staged.size)) { error in
            guard case .digestMismatch(let expected, let found) = error as? ContentStoreError else {
                return XCTFail("not a digest mismatch: \(error)")
            }
            XCTAssertEqual(expected, staged.sha256)
            XCTAssertNotEqual(found, staged.sha256)
        }
        XCTAssertNil(store.size(of: staged.sha256))
        XCTAssertEqual(try incomingNames(store), [])
    }

    func testAWrongSizeAMissingUploadAndANonDigestAreRefused() throws {
        let store = ContentStore(folder: folder)
        let staged = try upload(store, [Data("abc".utf8)])
        XCTAssertThrowsError(try store.admit(sha256: staged.sha256, size: 4)) { error in
            XCTAssertEqual(error as? ContentStoreError, .sizeMismatch(expected: 4, found: 3))
        }
        XCTAssertThrowsError(try store.admit(sha256: staged.sha256, size: 3)) { error in
            XCTAssertEqual(error as? ContentStoreError, .missing(staged.sha256))
        }
        for bad in ["../../etc/passwd", String(repeating: "A", count: 64), String(repeating: "a", count: 63)] {
            XCTAssertFalse(ContentStore.isDigest(bad))
            XCTAssertThrowsError(try store.admit(sha256: bad, size: 3)) { error in
                XCTAssertEqual(error as? ContentStoreError, .notADigest(bad))
            }
            XCTAssertNil(store.size(of: bad))
        }
    }

    func testAnUploadBeyondTheLimitIsRefusedAndDiscardedLeavesNothing() throws {
        let store = ContentStore(folder: folder, maxFileSize: 10)
        let incoming = try store.beginUpload()
        try Data(repeating: 1, count: 6).withUnsafeBytes { try incoming.append($0) }
        XCTAssertThrowsError(try Data(repeating: 1, count: 5).withUnsafeBytes { try incoming.append($0) }) { error in
            XCTAssertEqual(error as? ContentStoreError, .tooLarge(limit: 10))
        }
        XCTAssertEqual(incoming.size, 6)
        XCTAssertEqual(try incomingNames(store), [incoming.temporaryPath.lastPathComponent])
        incoming.discard()
        XCTAssertEqual(try incomingNames(store), [])
    }

    func testBytesInMemoryAreStoredTheSameWay() throws {
        let store = ContentStore(folder: folder)
        let first = try store.store(Data("abc".utf8))
        XCTAssertEqual(first.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertTrue(first.stored)
        XCTAssertFalse(try store.store(Data("abc".utf8)).stored)
        XCTAssertEqual(try Data(contentsOf: store.path(of: first.sha256)), Data("abc".utf8))
    }

    func testTheFolderComesFromTheEnvironmentOrTheDataFolder() {
        XCTAssertEqual(
            ContentStore.folder(environment: ["KOMUNIKA_BRAND_FILES_DIR": "/srv/brand-files"], dataDirectory: "/data").path,
            "/srv/brand-files")
        XCTAssertEqual(ContentStore.folder(environment: [:], dataDirectory: "/data").path, "/data/brand-files")
    }

    func testFileNamesAreOneNameInNFC() {
        XCTAssertEqual(try FileName.checked("  Žalčių karalienė.mp4 ").get(), "Žalčių karalienė.mp4")
        // `e` and a combining dot above become `ė`.
        XCTAssertEqual(try FileName.checked("karalien\u{0065}\u{0307}.mp4").get(), "karalienė.mp4")
        for bad in ["", "  ", "..", "video/Žalčių.mp4", "a\\b", "a\u{0007}b", String(repeating: "ž", count: 128)] {
            XCTAssertThrowsError(try FileName.checked(bad).get(), bad)
        }
    }
}
