import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// What the outbox may lose: only what every consumer that reported is past,
/// in this epoch, published, older than the retention, and never its newest
/// message (the next `seq` follows it).
final class OutboxPruningTests: XCTestCase {
    private var folder: URL!
    private var database: ServiceDatabase!
    private let day: TimeInterval = 24 * 3600
    private let now = Date(timeIntervalSince1970: 1_803_456_000)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pruning-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try ServiceDatabase(path: folder.appendingPathComponent("events.sqlite").path)
    }

    override func tearDownWithError() throws {
        database = nil
        try FileManager.default.removeItem(at: folder)
    }

    /// Ten messages, the first eight forty days old, the last two an hour old; the first `published` published.
    private func write(published: Int64 = 10) async throws {
        let (now, day) = (self.now, self.day)
        try await database.writer.write { db in
            for index in 1...10 {
                let date = now.addingTimeInterval(index <= 8 ? -40 * day : -3600)
                try Outbox.append(EventApproved(eventId: UUID()), source: "events", occurredAt: date, in: db)
            }
            try Outbox.setPublishedSeq(published, in: db)
        }
    }

    private func cut(retentionDays: Double = 30) async throws -> Int64? {
        let epoch = database.epoch
        let before = now.addingTimeInterval(-retentionDays * day)
        return try await database.writer.read { db in try OutboxPruning.cut(epoch: epoch, before: before, in: db) }
    }

    private func report(_ consumer: String, keepFrom: Int64, epoch: UUID? = nil) async throws {
        let epoch = epoch ?? database.epoch
        try await database.writer.write { db in
            try OutboxPruning.report(consumer: consumer, epoch: epoch, keepFrom: keepFrom, in: db)
        }
    }

    func testNothingIsPrunedBeforeAConsumerSaysWhatItNoLongerNeeds() async throws {
        try await write()
        let cut = try await cut(retentionDays: 0)
        XCTAssertNil(cut)
    }

    func testTheCutIsBelowEveryConsumerOlderThanTheRetentionAndPublished() async throws {
        try await write(published: 10)
        try await report("surveys", keepFrom: 11)
        try await report("brand", keepFrom: 6)
        // brand still needs seq 6 on: 5 may go; all ten are past surveys.
        let both = try await cut()
        XCTAssertEqual(both, 5)
        try await report("brand", keepFrom: 11)
        // Past both, but seq 9 and 10 are younger than 30 days.
        let old = try await cut()
        XCTAssertEqual(old, 8)
        // With no retention, all but the newest.
        let all = try await cut(retentionDays: 0)
        XCTAssertEqual(all, 9)
    }

    func testWhatIsNotPublishedStays() async throws {
        try await write(published: 3)
        try await report("surveys", keepFrom: 11)
        let cut = try await cut()
        XCTAssertEqual(cut, 3)
    }

    func testAReportAboutAnotherEpochKeepsEverything() async throws {
        try await write()
        try await report("surveys", keepFrom: 11)
        try await report("gateway", keepFrom: 11, epoch: UUID())
        let cut = try await cut()
        XCTAssertNil(cut)
    }

    func testPruningDeletesThroughTheCutAndTheNextSeqFollowsTheNewest() async throws {
        try await write()
        try await report("surveys", keepFrom: 11)
        let now = self.now
        let deleted = try await database.writer.write { db in try OutboxPruning.prune(through: 9, at: now, in: db) }
        XCTAssertEqual(deleted, 9)
        let (left, pruned, next) = try await database.writer.write { db in
            let left = try Outbox.envelopes(from: 1, limit: 100, source: "events", in: db).map(\.seq)
            let next = try Outbox.append(EventApproved(eventId: UUID()), source: "events", in: db).seq
            return (left, try OutboxPruning.prunedThrough(db), next)
        }
        XCTAssertEqual(left, [10])
        XCTAssertEqual(pruned, 9)
        XCTAssertEqual(next, 11)
        // Already pruned through 9: nothing more until a newer cut.
        let again = try await cut(retentionDays: 0)
        XCTAssertEqual(again, 10)
    }
}
