import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store
import XCTest

/// After the operator reconciles a source whose database was restored, a
/// service that keeps its state applies the new history after the last
/// `seq` both share; its rows' order guards must not refuse those messages
/// because the lost history had written the same `seq`s.
final class ReactionsRewindTests: XCTestCase {
    private var folder: URL!
    private var database: ServiceDatabase!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rewind-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        try database.writer.write { db in
            try db.create(table: "knownEvents") { t in
                t.primaryKey("id", .text)
                t.column("approvedBy", .integer)
                t.column("writtenSeq", .integer)
            }
        }
    }

    override func tearDownWithError() throws {
        database = nil
        try FileManager.default.removeItem(at: folder)
    }

    private let eventId = UUID()

    private var reactions: MessageReactions {
        MessageReactions()
            .guarding("knownEvents", seqColumn: "writtenSeq", from: .events)
            .on(EventApproved.self, from: .events) { message, envelope, db in
                try RowSeq.upsert(
                    "knownEvents", id: message.eventId.uuidString, [("approvedBy", envelope.seq)], seqColumn: "writtenSeq",
                    from: envelope, row: "event \(message.eventId.uuidString)", in: db)
            }
    }

    private func approved(seq: Int64) throws -> Envelope {
        Envelope(
            type: EventApproved.type, version: EventApproved.version, source: "events", seq: seq, occurredAt: Date(),
            payload: try .from(EventApproved(eventId: eventId)))
    }

    func testTheNewHistoryIsAppliedAfterTheRewindAndRefusedBefore() throws {
        let reactions = self.reactions
        // The lost history wrote the row at seq 8; the restored backup shares seq 1 to 5.
        try database.writer.write { db in try reactions.apply(try self.approved(seq: 8), in: db) }
        XCTAssertThrowsError(try database.writer.write { db in try reactions.apply(try self.approved(seq: 6), in: db) }) {
            XCTAssertEqual(
                "\($0)",
                "event.approved seq 6 is older than seq 8, which last wrote event \(self.eventId.uuidString): not applied, so the newer state stays")
        }

        try database.writer.write { db in try reactions.rewind(source: "events", to: 5, in: db) }
        try database.writer.write { db in try reactions.apply(try self.approved(seq: 6), in: db) }
        let row = try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT approvedBy, writtenSeq FROM knownEvents WHERE id = ?", arguments: [self.eventId.uuidString])
        }
        XCTAssertEqual(row?["approvedBy"] as Int64?, 6)
        XCTAssertEqual(row?["writtenSeq"] as Int64?, 6)
        // Another source's rewind lowers nothing of events.
        try database.writer.write { db in try reactions.rewind(source: "surveys", to: 1, in: db) }
        let kept = try database.writer.read { db in try Int64.fetchOne(db, sql: "SELECT writtenSeq FROM knownEvents") }
        XCTAssertEqual(kept, 6)
    }
}
