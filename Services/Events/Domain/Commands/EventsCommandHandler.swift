import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the events service's commands: each runs in one write transaction
/// with its idempotency key, and the messages it produces go to the outbox.
public struct EventsCommandHandler: CommandHandler {
    /// The commands this handler answers, and what each does.
    static let commands = CommandTable<EventsChange>(service: "events")
        .on(ProposeEvent.self) { try $0.propose($1) }
        .on(UpdateEvent.self) { try $0.update($1) }
        .on(TransitionEvent.self) { try $0.transition($1) }
        .on(RegisterAttendee.self) { try $0.register($1) }
        .on(CancelRegistration.self) { try $0.cancel($1) }
        .on(RecordAttendance.self) { try $0.recordAttendance($1) }
        .on(AddPlanItem.self) { try $0.addPlanItem($1) }
        .on(ChangePlanItem.self) { try $0.changePlanItem($1) }

    /// The commands this handler answers, by name.
    public static var commandNames: Set<String> { commands.names }

    private let handler: TableCommandHandler<EventsChange>

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "events", onCommit: @escaping @Sendable () -> Void) {
        handler = TableCommandHandler(Self.commands, database: database, onCommit: onCommit) { db, request in
            EventsChange(db: db, source: source, request: request)
        }
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        await handler.handle(request)
    }
}
