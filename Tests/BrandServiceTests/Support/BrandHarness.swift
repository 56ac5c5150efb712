import BrandService
import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// A real brand database and file store in a temporary folder, and the handler on top of them.
final class BrandHarness: Sendable {
    let folder: URL
    let database: ServiceDatabase
    let files: FileStore
    let handler: BrandCommandHandler

    init(warningDays: Int = 30) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-brand-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("brand.sqlite").path) { migrator in
            BrandSchema.register(in: &migrator)
        }
        files = FileStore(dataDirectory: folder.path)
        handler = BrandCommandHandler(database: database, files: files, warningDays: warningDays) {}
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    func send<C: Command>(_ command: C, key: String = UUID().uuidString) async throws -> CommandReply {
        await handler.handle(try CommandRequest(command, idempotencyKey: key))
    }

    /// Sends `command`, fails the test unless it succeeds, and returns its result.
    @discardableResult
    func expectSuccess<C: Command>(_ command: C, file: StaticString = #filePath, line: UInt = #line) async throws -> C.Result {
        let reply = try await send(command)
        guard reply.ok, let result = reply.result else {
            XCTFail("\(C.name) was refused: \(reply.failure?.description ?? "no result")", file: file, line: line)
            throw HarnessError.refused
        }
        return try result.decode(as: C.Result.self)
    }

    /// Sends `command`, fails the test unless it is refused, and returns why.
    func expectRefusal<C: Command>(_ command: C, file: StaticString = #filePath, line: UInt = #line) async throws -> CommandFailure {
        let reply = try await send(command)
        guard !reply.ok, let failure = reply.failure else {
            XCTFail("\(C.name) was accepted but should have been refused", file: file, line: line)
            throw HarnessError.accepted
        }
        return failure
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.read(body)
    }

    func outbox() async throws -> [Envelope] {
        try await read { db in try Outbox.envelopes(from: 1, limit: 100_000, source: "brand", in: db) }
    }

    /// The payloads of the outbox's messages of type `M`.
    func published<M: Message>(_ type: M.Type) async throws -> [M] {
        try await outbox().filter { $0.type == M.type }.map { try $0.decodePayload(M.self) }
    }

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
        try await expectSuccess(UploadAssetVersion(assetId: id, mimeType: "image/png", contentBase64: Sample.png(width: 4, height: 3).base64EncodedString()))
        try await expectSuccess(ReviewAsset(assetId: id, decision: .approve))
        return id
    }
}

enum HarnessError: Error {
    case refused, accepted
}

/// A test case that gives each test its own database and removes it after.
class BrandTestCase: XCTestCase {
    func makeHarness(warningDays: Int = 30) throws -> BrandHarness {
        let harness = try BrandHarness(warningDays: warningDays)
        addTeardownBlock { harness.remove() }
        return harness
    }
}
