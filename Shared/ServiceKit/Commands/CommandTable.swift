import GRDB
import MessageSchema
import Store

/// A domain service's commands by name, each with how it is performed on the
/// service's change (the struct that reads and writes its tables inside the
/// command's transaction). `handle` decodes a request, runs it through
/// `CommandExecution` (one write transaction, the idempotency key) and wakes
/// the outbox relay when it produced messages.
///
/// What needs no database is done before the write transaction, so it never
/// holds the service's one writer: decoding the payload always, and a
/// command's own preparation when it has one (`on(_:prepare:_:)`: hashing an
/// uploaded file, parsing an imported one).
public struct CommandTable<Change>: Sendable {
    /// A decoded (and prepared) command, waiting for its transaction's change.
    public typealias Perform = @Sendable (Change) throws -> JSONValue
    /// Decodes and prepares a request outside the transaction.
    typealias Prepare = @Sendable (CommandRequest) async -> Perform

    /// The service's name, as staff read it in a refusal.
    public let service: String
    private var performers: [String: Prepare] = [:]

    public init(service: String) {
        self.service = service
    }

    /// Answers `C` with `perform`.
    public func on<C: Command>(_ type: C.Type, _ perform: @escaping @Sendable (Change, C) throws -> C.Result) -> Self {
        var copy = self
        copy.performers[C.name] = { request in
            let command = Result { try CommandExecution.decode(C.self, from: request) }
            return { change in try .from(perform(change, command.get())) }
        }
        return copy
    }

    /// Answers `C` with `perform`, handing it what `prepare` made of the
    /// command before the transaction began (outside the writer). A failure
    /// of the preparation belongs in `Prepared` (a `Result`), so that
    /// `perform` reports it in its place among the command's own checks, and
    /// under the idempotency key like any other answer.
    public func on<C: Command, Prepared: Sendable>(
        _ type: C.Type, prepare: @escaping @Sendable (C) async -> Prepared,
        _ perform: @escaping @Sendable (Change, C, Prepared) throws -> C.Result
    ) -> Self {
        var copy = self
        copy.performers[C.name] = { request in
            let command: C
            do {
                command = try CommandExecution.decode(C.self, from: request)
            } catch {
                return { _ in throw error }
            }
            let prepared = await prepare(command)
            return { change in try .from(perform(change, command, prepared)) }
        }
        return copy
    }

    /// The commands this table answers.
    public var names: Set<String> { Set(performers.keys) }

    /// Runs `request` on the change `makeChange` opens in the transaction;
    /// `onCommit` runs after a successful command that produced messages.
    public func handle(
        _ request: CommandRequest, in database: ServiceDatabase, onCommit: @Sendable () -> Void,
        makeChange: @escaping @Sendable (Database, CommandRequest) -> Change
    ) async -> CommandReply {
        guard let prepare = performers[request.name] else {
            return .failed(
                CommandFailure(
                    .unknownCommand, "The \(service) service has no command '\(request.name)'.",
                    details: ["command": request.name]))
        }
        let perform = await prepare(request)
        let reply = await CommandExecution.run(request, in: database) { db in
            try perform(makeChange(db, request))
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }
}
