import GRDB
import MessageSchema
import Store

/// A service's `CommandTable` bound to its database: each command runs in
/// one write transaction with its idempotency key, on the change
/// `makeChange` opens, and `onCommit` runs after each successful command
/// that produced messages (it wakes the outbox publisher).
public struct TableCommandHandler<Change>: CommandHandler {
    private let table: CommandTable<Change>
    private let database: ServiceDatabase
    private let onCommit: @Sendable () -> Void
    private let makeChange: @Sendable (Database, CommandRequest) -> Change

    public init(
        _ table: CommandTable<Change>, database: ServiceDatabase, onCommit: @escaping @Sendable () -> Void,
        makeChange: @escaping @Sendable (Database, CommandRequest) -> Change
    ) {
        self.table = table
        self.database = database
        self.onCommit = onCommit
        self.makeChange = makeChange
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        await table.handle(request, in: database, onCommit: onCommit, makeChange: makeChange)
    }
}
