import BrandService
import FileStore
import Foundation
import KomunikaTesting
import MessageSchema
import XCTest

/// A real brand database and file store in a temporary folder, and the handler
/// on top of them (KomunikaTesting's `CommandHarness`), with what only brand's tests ask.
typealias BrandHarness = CommandHarness<BrandCommandHandler>

extension CommandHarness where Handler == BrandCommandHandler {
    convenience init(warningDays: Int = 30) throws {
        try self.init(.brand, schema: BrandSchema.register(in:)) { database, folder, onCommit in
            BrandCommandHandler(
                database: database, files: ContentStore(dataDirectory: folder.path), warningDays: warningDays,
                onCommit: onCommit)
        }
    }

    /// The file store the handler keeps uploads in: beside the database.
    var files: ContentStore { ContentStore(dataDirectory: folder.path) }

    func status(of assetId: UUID) async throws -> String? {
        try await read { db in
            try String.fetchOne(db, sql: "SELECT status FROM assets WHERE id = ?", arguments: [assetId.uuidString])
        }
    }

    /// Registers an asset and returns its id.
    func asset(_ title: String = "Logotipas", kind: AssetKind = .logo, tags: [String] = []) async throws -> UUID {
        let id = UUID()
        try await expectSuccess(RegisterAsset(assetId: id, details: AssetDetails(kind: kind, title: title, tags: tags)))
        return id
    }

    /// Registers an asset, uploads a PNG and approves it.
    func approvedAsset(_ title: String = "Logotipas") async throws -> UUID {
        let id = try await asset(title)
        try await expectSuccess(
            UploadAssetVersion(assetId: id, mimeType: "image/png", contentBase64: Sample.png(width: 4, height: 3).base64EncodedString()))
        try await expectSuccess(ReviewAsset(assetId: id, decision: .approve))
        return id
    }
}

/// A test case that gives each test its own database and removes it after.
class BrandTestCase: XCTestCase {
    func makeHarness(warningDays: Int = 30) throws -> BrandHarness {
        removedAfterTest(try BrandHarness(warningDays: warningDays))
    }
}
