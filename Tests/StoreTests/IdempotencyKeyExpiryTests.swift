import Foundation
import GRDB
import Logging
import ServiceKit
import Store
import XCTest

/// Idempotency keys are kept long enough for any retry, then forgotten.
final class IdempotencyKeyExpiryTests: XCTestCase {
    func testKeysOlderThanTheRetentionAreForgottenAndNewerOnesStillAnswer() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        let now = Date()
        try await database.writer.write { db in
            try IdempotencyKeys.record(
                key: "old", command: "events.propose-event", reply: Data("{\"ok\":true}".utf8),
                at: now.addingTimeInterval(-8 * 24 * 3600), in: db)
            try IdempotencyKeys.record(
                key: "recent", command: "events.propose-event", reply: Data("{\"ok\":true}".utf8),
                at: now.addingTimeInterval(-6 * 24 * 3600), in: db)
        }
        let expiry = IdempotencyKeyExpiry(database: database, logger: Logger(label: "test"))

        let forgotten = await expiry.expire(now: now)

        XCTAssertEqual(forgotten, 1)
        try await database.writer.read { db in
            XCTAssertNil(try IdempotencyKeys.reply(for: "old", in: db))
            XCTAssertEqual(try IdempotencyKeys.reply(for: "recent", in: db), Data("{\"ok\":true}".utf8))
            XCTAssertEqual(try IdempotencyKeys.count(in: db), 1)
        }
    }

    func testTheRetentionComesFromTheEnvironmentAndBadValuesKeepTheDefault() {
        XCTAssertEqual(IdempotencyKeyExpiry.retention(from: ["KOMUNIKA_IDEMPOTENCY_RETENTION_HOURS": "48"]), .seconds(48 * 3600))
        XCTAssertEqual(IdempotencyKeyExpiry.retention(from: ["KOMUNIKA_IDEMPOTENCY_RETENTION_HOURS": "soon"]), .seconds(7 * 24 * 3600))
        XCTAssertEqual(IdempotencyKeyExpiry.retention(from: [:]), .seconds(7 * 24 * 3600))
    }
}
