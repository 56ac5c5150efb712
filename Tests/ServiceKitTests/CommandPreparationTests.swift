import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store
import XCTest

/// A command's preparation (hashing an upload, parsing an imported file)
/// runs before its write transaction, so the service's one writer stays free
/// for every other command meanwhile.
final class CommandPreparationTests: XCTestCase {
    struct Slow: Command {
        static let name = "test.slow"
        typealias Result = String
        var text: String
    }

    struct Quick: Command {
        static let name = "test.quick"
        typealias Result = String
        var text: String
    }

    /// Holds a preparation until the test lets it go, and says when it began.
    final class Gate: @unchecked Sendable {
        private let lock = NSLock()
        private var began: CheckedContinuation<Void, Never>?
        private var hasBegun = false
        private var release: CheckedContinuation<Void, Never>?
        private var released = false

        func enter() async {
            lock.withLock {
                hasBegun = true
                began?.resume()
                began = nil
            }
            await withCheckedContinuation { continuation in
                let go = lock.withLock {
                    if released { return true }
                    release = continuation
                    return false
                }
                if go { continuation.resume() }
            }
        }

        func waitUntilBegun() async {
            await withCheckedContinuation { continuation in
                let begun = lock.withLock {
                    if hasBegun { return true }
                    began = continuation
                    return false
                }
                if begun { continuation.resume() }
            }
        }

        func open() {
            lock.withLock {
                released = true
                release?.resume()
                release = nil
            }
        }
    }

    private var folder: URL!
    private var database: ServiceDatabase!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("preparation-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        try database.writer.write { db in try db.create(table: "words") { $0.column("text", .text).notNull() } }
    }

    override func tearDownWithError() throws {
        database = nil
        try FileManager.default.removeItem(at: folder)
    }

    private func words() async throws -> [String] {
        try await database.writer.read { db in try String.fetchAll(db, sql: "SELECT text FROM words ORDER BY rowid") }
    }

    private func table(_ gate: Gate) -> CommandTable<Database> {
        CommandTable<Database>(service: "test")
            .on(
                Slow.self,
                prepare: { command -> Result<String, CommandFailure> in
                    await gate.enter()
                    return command.text.isEmpty
                        ? .failure(CommandFailure(.invalid, "The text is empty.", details: ["field": "text"]))
                        : .success(command.text.uppercased())
                }
            ) { db, _, prepared in
                let text = try prepared.get()
                try db.execute(sql: "INSERT INTO words (text) VALUES (?)", arguments: [text])
                return text
            }
            .on(Quick.self) { db, command in
                try db.execute(sql: "INSERT INTO words (text) VALUES (?)", arguments: [command.text])
                return "quick \(command.text)"
            }
    }

    func testAnotherCommandCommitsWhileOneIsBeingPrepared() async throws {
        let gate = Gate()
        let table = table(gate)
        let database = self.database!
        let slow = Task {
            await table.handle(
                try CommandRequest(Slow(text: "paroda"), idempotencyKey: "slow-1"), in: database, onCommit: {},
                makeChange: { db, _ in db })
        }
        await gate.waitUntilBegun()

        // The writer is free: the quick command is answered while the slow one is still preparing.
        let quickRequest = try CommandRequest(Quick(text: "renginys"), idempotencyKey: "quick-1")
        // Were the preparation inside the writer, the quick command would wait for ever: give up after 30 s.
        let quick = await withTaskGroup(of: CommandReply?.self) { group in
            group.addTask { await table.handle(quickRequest, in: database, onCommit: {}, makeChange: { db, _ in db }) }
            group.addTask {
                try? await Task.sleep(for: .seconds(30))
                return nil
            }
            let first = await group.next() ?? nil
            if first == nil { gate.open() }
            group.cancelAll()
            return first
        }
        XCTAssertEqual(quick, .success(seq: nil, result: .string("quick renginys")), "the quick command waited for the writer")
        let whilePreparing = try await words()
        XCTAssertEqual(whilePreparing, ["renginys"])

        gate.open()
        let slowReply = try await slow.value
        XCTAssertEqual(slowReply, .success(seq: nil, result: .string("PARODA")))
        let after = try await words()
        XCTAssertEqual(after, ["renginys", "PARODA"])
    }

    func testAFailedPreparationIsTheKeysAnswerAndWritesNothing() async throws {
        let gate = Gate()
        gate.open()
        let table = table(gate)
        let request = try CommandRequest(Slow(text: ""), idempotencyKey: "slow-empty")
        let first = await table.handle(request, in: database, onCommit: {}, makeChange: { db, _ in db })
        let failure = CommandFailure(.invalid, "The text is empty.", details: ["field": "text"])
        XCTAssertEqual(first, .failed(failure))
        let retried = await table.handle(request, in: database, onCommit: {}, makeChange: { db, _ in db })
        XCTAssertEqual(retried, .failed(failure))
        let written = try await words()
        XCTAssertEqual(written, [])
    }
}
