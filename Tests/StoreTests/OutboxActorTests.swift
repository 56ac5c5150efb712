import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// The outbox keeps each message's actor, so a replay sends it as it was first published.
final class OutboxActorTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-actor-\(UUID().uuidString.prefix(8))")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTheActorOfAMessageComesBackFromTheOutboxAfterAReopen() async throws {
        let path = folder.appendingPathComponent("test.sqlite").path
        let member = Actor(accountId: UUID(uuidString: "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B"), name: "Rūta Vaitkienė")
        let token = Actor(name: "renginiu-sistema")
        let database = try ServiceDatabase(path: path)
        try await database.writer.write { db in
            try Outbox.append(EventApproved(eventId: UUID()), source: "events", actor: member, in: db)
            try Outbox.append(EventApproved(eventId: UUID()), source: "events", actor: token, in: db)
            try Outbox.append(EventApproved(eventId: UUID()), source: "events", in: db)
        }
        let reopened = try ServiceDatabase(path: path)
        let envelopes = try await reopened.writer.read { db in
            try Outbox.envelopes(from: 1, limit: 10, source: "events", in: db)
        }
        XCTAssertEqual(envelopes.map(\.actor), [member, token, nil])
        let row = try await reopened.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT actorAccountId, actorName FROM outbox WHERE seq = 2")
        }
        XCTAssertEqual(row?["actorAccountId"] as String?, nil)
        XCTAssertEqual(row?["actorName"] as String?, "renginiu-sistema")
    }
}
