import GRDB
import MessageSchema
import Store

/// A domain service's commands by name, each with how it is performed on the
/// service's change (the struct that reads and writes its tables inside the
/// command's transaction). `handle` decodes a request, runs it through
/// `CommandExecution` (one write transaction, the idempotency key) and wakes
/// the outbox relay when it produced messages.
public struct CommandTable<Change>: Sendable {
    public typealias Perform = @Sendable (Change, CommandRequest) throws -> JSONValue

    /// The service's name, as staff read it in a refusal.
    public let service: String
    private var performers: [String: Perform] = [:]

    public init(service: String) {
        self.service = service
    }

    /// Answers `C` with `perform`.
    public func on<C: Command>(_ type: C.Type, _ perform: @escaping @Sendable (Change, C) throws -> C.Result) -> Self {
        var copy = self
        copy.performers[C.name] = { change, request in
            try .from(perform(change, CommandExecution.decode(C.self, from: request)))
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
        guard let perform = performers[request.name] else {
            return .failed(
                CommandFailure(
                    .unknownCommand, "The \(service) service has no command '\(request.name)'.",
                    details: ["command": request.name]))
        }
        let reply = await CommandExecution.run(request, in: database) { db in
            try perform(makeChange(db, request), request)
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }
}
