import Foundation
import GRDB
import MediaRelationsService
import MessageSchema
import ServiceKit
import Store
import XCTest

/// A real media-relations database in a temporary folder, the command
/// handler and the reactions on top of it.
final class MediaRelationsHarness: Sendable {
    let folder: URL
    let database: ServiceDatabase
    let handler: MediaRelationsCommandHandler
    let reactions = MediaRelationsReactions.make()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-media-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("media-relations.sqlite").path) { migrator in
            MediaRelationsSchema.register(in: &migrator)
        }
        handler = MediaRelationsCommandHandler(database: database) {}
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

    /// Applies `envelope` as the consumer does: in one write transaction.
    func react(to envelope: Envelope) throws {
        try database.writer.write { db in try self.reactions.apply(envelope, in: db) }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.read(body)
    }

    /// One row of plain SQL, as an operator would query the file: column → value as text, NULLs left out.
    func row(_ sql: String, _ arguments: StatementArguments = StatementArguments()) async throws -> [String: String]? {
        try await rows(sql, arguments).first
    }

    func rows(_ sql: String, _ arguments: StatementArguments = StatementArguments()) async throws -> [[String: String]] {
        try await read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                var values: [String: String] = [:]
                for (column, value) in row {
                    switch value.storage {
                    case .null: continue
                    case .int64(let number): values[column] = String(number)
                    case .double(let number): values[column] = String(number)
                    case .string(let text): values[column] = text
                    case .blob(let data): values[column] = data.base64EncodedString()
                    }
                }
                return values
            }
        }
    }

    func count(_ table: String) async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    func outbox() async throws -> [Envelope] {
        try await read { db in try Outbox.envelopes(from: 1, limit: 100_000, source: "media-relations", in: db) }
    }

    /// A journalist contact; returns its id.
    func journalist(_ name: String = "Rūta Žemaitytė", kind: ContactKind = .journalist) async throws -> UUID {
        let id = UUID()
        try await expectSuccess(CreateContact(
            contactId: id,
            details: ContactDetails(kind: kind, name: name, organisation: "LRT", topics: ["kultūra"], email: "ruta@lrt.lt")))
        return id
    }
}

enum HarnessError: Error {
    case refused, accepted
}

/// A test case that gives each test its own database and removes it after.
class MediaRelationsTestCase: XCTestCase {
    func makeHarness() throws -> MediaRelationsHarness {
        let harness = try MediaRelationsHarness()
        addTeardownBlock { harness.remove() }
        return harness
    }
}
