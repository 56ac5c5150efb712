import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the events service's commands: each runs in one write transaction
/// with its idempotency key, and the messages it produces go to the outbox.
public struct EventsCommandHandler: CommandHandler {
    /// The commands this handler answers, by name.
    public static let commandNames: Set<String> = [
        ProposeEvent.name, UpdateEvent.name, TransitionEvent.name, RegisterAttendee.name, CancelRegistration.name,
        RecordAttendance.name, AddPlanItem.name, ChangePlanItem.name,
    ]

    private let database: ServiceDatabase
    private let source: String
    private let onCommit: @Sendable () -> Void

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "events", onCommit: @escaping @Sendable () -> Void) {
        self.database = database
        self.source = source
        self.onCommit = onCommit
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        guard Self.commandNames.contains(request.name) else {
            return .failed(CommandFailure(
                .unknownCommand, "The events service has no command '\(request.name)'.", details: ["command": request.name]))
        }
        let source = self.source
        let reply = await CommandExecution.run(request, in: database) { db in
            let change = EventsChange(db: db, source: source, correlationId: request.correlationId)
            return try Self.perform(request, as: change)
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }

    private static func perform(_ request: CommandRequest, as change: EventsChange) throws -> JSONValue {
        func decode<C: Command>(_ type: C.Type) throws -> C { try CommandExecution.decode(type, from: request) }
        switch request.name {
        case ProposeEvent.name: return try .from(change.propose(decode(ProposeEvent.self)))
        case UpdateEvent.name: return try .from(change.update(decode(UpdateEvent.self)))
        case TransitionEvent.name: return try .from(change.transition(decode(TransitionEvent.self)))
        case RegisterAttendee.name: return try .from(change.register(decode(RegisterAttendee.self)))
        case CancelRegistration.name: return try .from(change.cancel(decode(CancelRegistration.self)))
        case RecordAttendance.name: return try .from(change.recordAttendance(decode(RecordAttendance.self)))
        case AddPlanItem.name: return try .from(change.addPlanItem(decode(AddPlanItem.self)))
        case ChangePlanItem.name: return try .from(change.changePlanItem(decode(ChangePlanItem.self)))
        default:
            throw CommandFailure(.unknownCommand, "The events service has no command '\(request.name)'.")
        }
    }
}
