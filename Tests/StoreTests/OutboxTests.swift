import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

final class OutboxTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString.prefix(8))")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func open() throws -> ServiceDatabase {
        try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
    }

    func testSeqHasNoGapsEvenWhenATransactionRollsBack() async throws {
        let database = try open()
        for index in 0..<10 {
            do {
                try await database.writer.write { db in
                    try Outbox.append(EventApproved(eventId: UUID()), source: "events", in: db)
                    if index % 3 == 0 { throw CancellationError() }
                }
            } catch is CancellationError {}
        }
        let seqs = try await database.writer.read { db in
            try Outbox.envelopes(from: 1, limit: 100, source: "events", in: db).map(\.seq)
        }
        XCTAssertEqual(seqs, Array(1...6))
        let journal = try await database.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(journal, "wal")
    }

    func testConcurrentAppendsGetDistinctConsecutiveSeqs() async throws {
        let database = try open()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<200 {
                group.addTask {
                    try await database.writer.write { db in
                        _ = try Outbox.append(EventHeld(eventId: UUID(), eventType: .fairParticipation), source: "events", in: db)
                    }
                }
            }
            try await group.waitForAll()
        }
        let envelopes = try await database.writer.read { try Outbox.envelopes(from: 1, limit: 1_000, source: "events", in: $0) }
        XCTAssertEqual(envelopes.map(\.seq), Array(1...200))
        XCTAssertEqual(try envelopes[0].decodePayload(EventHeld.self).eventType, .fairParticipation)
    }

    func testOffsetsDeadLettersAndIdempotencyKeysSurviveReopening() async throws {
        do {
            let database = try open()
            try await database.writer.write { db in
                try ConsumerOffsets.markApplied(source: "events", seq: 41, in: db)
                try ConsumerOffsets.markApplied(source: "events", seq: 42, in: db)
                try DeadLetters.add(topic: "events.x", raw: Data("šiukšlės".utf8), reason: "cannot decode", in: db)
                try IdempotencyKeys.record(key: "k-1", command: "events.register", reply: Data("{\"ok\":true}".utf8), in: db)
            }
        }
        let reopened = try open()
        try await reopened.writer.read { db in
            XCTAssertEqual(try ConsumerOffsets.appliedSeq(source: "events", in: db), 42)
            XCTAssertEqual(try ConsumerOffsets.appliedSeq(source: "surveys", in: db), 0)
            let letters = try DeadLetters.list(in: db)
            XCTAssertEqual(letters.map(\.raw), ["šiukšlės"])
            XCTAssertEqual(letters.first?.reason, "cannot decode")
            XCTAssertEqual(try IdempotencyKeys.reply(for: "k-1", in: db), Data("{\"ok\":true}".utf8))
        }
    }

    func testOnlineBackupIsACompleteCopyAndNeverOverwrites() async throws {
        let database = try open()
        try await database.writer.write { db in
            for _ in 0..<50 { try Outbox.append(EventApproved(eventId: UUID()), source: "events", in: db) }
        }
        let target = folder.appendingPathComponent("backup.sqlite").path
        try database.backup(to: target)
        let copy = try DatabaseQueue(path: target)
        let copied = try await copy.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM outbox") }
        XCTAssertEqual(copied, 50)
        XCTAssertThrowsError(try database.backup(to: target))
    }
}
