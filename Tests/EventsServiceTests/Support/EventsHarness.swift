import EventsService
import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// A real events database in a temporary folder and the handler on top of it.
final class EventsHarness: Sendable {
    let folder: URL
    let database: ServiceDatabase
    let handler: EventsCommandHandler
    let commits = CommitCounter()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-events-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("events.sqlite").path) { migrator in
            EventsSchema.register(in: &migrator)
        }
        let commits = self.commits
        handler = EventsCommandHandler(database: database) { commits.increment() }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    func send<C: Command>(_ command: C, key: String = UUID().uuidString, correlationId: UUID? = nil) async throws -> CommandReply {
        await handler.handle(try CommandRequest(command, idempotencyKey: key, correlationId: correlationId))
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

    /// One row of plain SQL, as an operator would query the file: column → value as text, NULLs left out.
    func row(_ sql: String, _ arguments: StatementArguments = StatementArguments()) async throws -> [String: String]? {
        try await read { db in
            try Row.fetchOne(db, sql: sql, arguments: arguments).map { row in
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

    func outbox() async throws -> [Envelope] {
        try await read { db in try Outbox.envelopes(from: 1, limit: 100_000, source: "events", in: db) }
    }

    func event(_ id: UUID) async throws -> StoredEvent? {
        try await read { db in try EventsQueries.event(id: id, in: db) }
    }

    func counts(_ eventId: UUID) async throws -> RegistrationCounts {
        try await read { db in try EventsQueries.registrationCounts(eventId: eventId, in: db) }
    }

    /// Proposes an event and moves it along the lifecycle to `status`.
    @discardableResult
    func event(in status: EventStatus, _ details: EventDetails = Sample.details()) async throws -> UUID {
        let id = UUID()
        try await expectSuccess(ProposeEvent(eventId: id, details: details))
        let path: [EventStatus] = switch status {
        case .proposed: []
        case .approved: [.approved]
        case .scheduled: [.approved, .scheduled]
        case .held: [.approved, .scheduled, .held]
        case .cancelled: [.cancelled]
        }
        for next in path {
            try await expectSuccess(TransitionEvent(eventId: id, to: next))
        }
        return id
    }
}

enum HarnessError: Error {
    case refused, accepted
}

final class CommitCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// A test case that gives each test its own database and removes it after.
class EventsTestCase: XCTestCase {
    func makeHarness() throws -> EventsHarness {
        let harness = try EventsHarness()
        addTeardownBlock { harness.remove() }
        return harness
    }
}
