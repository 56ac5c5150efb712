import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store
import XCTest

/// A domain service's command handler on a real database of its own, in a
/// temporary folder: what each service's domain tests send their commands
/// through. A service's tests add only what is theirs, in an extension
/// (`where Handler == EventsCommandHandler`) with its samples.
public final class CommandHarness<Handler: CommandHandler>: Sendable {
    /// The service whose handler this is; its outbox messages carry this `source`.
    public let service: ServiceName
    /// The test's folder, `komunika-<service>-<UUID>` in the temporary directory.
    public let folder: URL
    /// `<service>.sqlite` in `folder`, migrated by the service's schema.
    public let database: ServiceDatabase
    public let handler: Handler
    /// The service's reactions to other services' messages (none unless given).
    public let reactions: MessageReactions
    /// How many transactions the handler reported through its `onCommit`.
    public let commits = Counter()
    private let receivedSeqs = SeqCounter()

    /// Makes the folder and the database, then the handler on it:
    /// `handler` gets the database, the folder (for files the service keeps
    /// beside its database) and the `onCommit` that counts `commits`.
    public init(
        _ service: ServiceName, schema: (inout DatabaseMigrator) -> Void, reactions: MessageReactions = MessageReactions(),
        handler makeHandler: (ServiceDatabase, URL, _ onCommit: @escaping @Sendable () -> Void) throws -> Handler
    ) throws {
        self.service = service
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-\(service.rawValue)-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("\(service.rawValue).sqlite").path, migrations: schema)
        self.reactions = reactions
        let commits = self.commits
        handler = try makeHandler(database, folder) { commits.increment() }
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: Commands

    /// Sends `command` as the ROUTER would hand it over, with `key` as its
    /// idempotency key, acting for `actor` (nobody by default).
    public func send<C: Command>(
        _ command: C, key: String = UUID().uuidString, correlationId: UUID? = nil, actor: Actor? = nil
    ) async throws
        -> CommandReply
    {
        await handler.handle(try CommandRequest(command, idempotencyKey: key, correlationId: correlationId, actor: actor))
    }

    /// Sends `command` for `actor`, fails the test unless it succeeds, and returns its result.
    @discardableResult
    public func expectSuccess<C: Command>(
        _ command: C, actor: Actor? = nil, file: StaticString = #filePath, line: UInt = #line
    ) async throws
        -> C.Result
    {
        let reply = try await send(command, actor: actor)
        guard reply.ok, let result = reply.result else {
            XCTFail("\(C.name) was refused: \(reply.failure?.description ?? "no result")", file: file, line: line)
            throw HarnessError.refused
        }
        return try result.decode(as: C.Result.self)
    }

    /// Sends `command`, fails the test unless it is refused, and returns why.
    public func expectRefusal<C: Command>(
        _ command: C, file: StaticString = #filePath, line: UInt = #line
    ) async throws
        -> CommandFailure
    {
        let reply = try await send(command)
        guard !reply.ok, let failure = reply.failure else {
            XCTFail("\(C.name) was accepted but should have been refused", file: file, line: line)
            throw HarnessError.accepted
        }
        return failure
    }

    // MARK: Other services' messages

    /// Applies `message` from `source`, made for `actor`, as the consumer
    /// does: through `reactions`, in one write transaction, with the next
    /// `seq` of that source.
    public func receive<M: Message>(_ message: M, from source: ServiceName, actor: Actor? = nil) throws {
        let envelope = Envelope(
            type: M.type, version: M.version, source: source.rawValue, seq: receivedSeqs.next(for: source.rawValue),
            occurredAt: Date(), actor: actor, payload: try .from(message))
        try database.writer.write { db in try self.reactions.apply(envelope, in: db) }
    }

    // MARK: Reading the database

    public func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.read(body)
    }

    /// Every message in the outbox, in `seq` order.
    public func outbox() async throws -> [Envelope] {
        let source = service.rawValue
        return try await read { db in try Outbox.envelopes(from: 1, limit: 100_000, source: source, in: db) }
    }

    /// The payloads of the outbox's messages of type `M`, in order.
    public func published<M: Message>(_ type: M.Type) async throws -> [M] {
        try await outbox().filter { $0.type == M.type }.map { try $0.decodePayload(M.self) }
    }

    /// One row of plain SQL, as an operator would query the file: column → value as text, NULLs left out.
    public func row(_ sql: String, _ arguments: StatementArguments = StatementArguments()) async throws -> [String: String]? {
        try await rows(sql, arguments).first
    }

    /// Every row of plain SQL, each as `row` gives it.
    public func rows(_ sql: String, _ arguments: StatementArguments = StatementArguments()) async throws -> [[String: String]] {
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
}

/// Why `expectSuccess` or `expectRefusal` ended the test (after its `XCTFail`).
public enum HarnessError: Error {
    case refused, accepted
}

extension XCTestCase {
    /// `harness`, removed with its folder when the test ends.
    public func removedAfterTest<Handler>(_ harness: CommandHarness<Handler>) -> CommandHarness<Handler> {
        addTeardownBlock { harness.remove() }
        return harness
    }
}

/// The last `seq` handed out per source.
private final class SeqCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var seqs: [String: Int64] = [:]

    func next(for source: String) -> Int64 {
        lock.withLock {
            let seq = (seqs[source] ?? 0) + 1
            seqs[source] = seq
            return seq
        }
    }
}

extension CommandHarness {
    /// Exports and erases `holder`'s people on this database, announcing each erasure in the outbox as the service does.
    public func eraser(_ holder: any PersonalDataHolder) -> PersonalDataEraser {
        let commits = self.commits
        return PersonalDataEraser(
            source: service.rawValue, database: database, holder: holder, publishes: true, onCommit: { commits.increment() })
    }
}
