import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// A database's epoch: kept while the file lives, new for every restore of a backup.
final class IncarnationTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("epoch-\(UUID().uuidString.prefix(8))")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testEachRestoreOfABackupIsANewEpochThatSharesTheBackupsHistory() async throws {
        var live: ServiceDatabase? = try ServiceDatabase(path: path("events.sqlite"))
        let first = try XCTUnwrap(live?.epoch)
        XCTAssertEqual(live?.sharedSeq, 0)
        for _ in 0..<2 {
            try await live?.writer.write { _ = try Outbox.append(EventApproved(eventId: UUID()), source: "events", in: $0) }
        }
        try live?.backup(to: path("b.sqlite"))
        live = nil
        XCTAssertEqual(try ServiceDatabase(path: path("events.sqlite")).epoch, first, "the same file keeps its epoch")

        var restores: [UUID] = []
        for restore in 1...2 {
            let target = path("restored-\(restore).sqlite")
            try FileManager.default.copyItem(atPath: path("b.sqlite"), toPath: target)
            let restored = try ServiceDatabase(path: target)
            XCTAssertEqual(restored.sharedSeq, 2, "the backup's newest message is the history both epochs share")
            let envelopes = try await restored.writer.read {
                try Outbox.envelopes(from: 1, limit: 10, source: "events", epoch: restored.epoch, in: $0)
            }
            XCTAssertEqual(envelopes.map(\.epoch), [restored.epoch, restored.epoch])
            restores.append(restored.epoch)
            XCTAssertEqual(try ServiceDatabase(path: target).epoch, restored.epoch, "opened again, it keeps its new epoch")
        }
        XCTAssertEqual(Set(restores + [first]).count, 3, "each restore of the same backup is an incarnation of its own")
    }
}
