import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the training service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to the outbox.
public struct TrainingCommandHandler: CommandHandler {
    /// The commands this handler answers, by name.
    public static let commandNames: Set<String> = [
        CreateCourse.name, UpdateCourse.name, PlanTrainingSession.name, TransitionTrainingSession.name,
        EnrolTrainee.name, CancelEnrolment.name, RecordTrainingAttendance.name,
    ]

    private let database: ServiceDatabase
    private let source: String
    private let onCommit: @Sendable () -> Void

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "training", onCommit: @escaping @Sendable () -> Void) {
        self.database = database
        self.source = source
        self.onCommit = onCommit
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        guard Self.commandNames.contains(request.name) else {
            return .failed(CommandFailure(
                .unknownCommand, "The training service has no command '\(request.name)'.", details: ["command": request.name]))
        }
        let source = self.source
        let reply = await CommandExecution.run(request, in: database) { db in
            let change = TrainingChange(db: db, source: source, correlationId: request.correlationId)
            return try Self.perform(request, as: change)
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }

    private static func perform(_ request: CommandRequest, as change: TrainingChange) throws -> JSONValue {
        func decode<C: Command>(_ type: C.Type) throws -> C { try CommandExecution.decode(type, from: request) }
        switch request.name {
        case CreateCourse.name: return try .from(change.createCourse(decode(CreateCourse.self)))
        case UpdateCourse.name: return try .from(change.updateCourse(decode(UpdateCourse.self)))
        case PlanTrainingSession.name: return try .from(change.planSession(decode(PlanTrainingSession.self)))
        case TransitionTrainingSession.name: return try .from(change.transition(decode(TransitionTrainingSession.self)))
        case EnrolTrainee.name: return try .from(change.enrol(decode(EnrolTrainee.self)))
        case CancelEnrolment.name: return try .from(change.cancel(decode(CancelEnrolment.self)))
        case RecordTrainingAttendance.name: return try .from(change.recordAttendance(decode(RecordTrainingAttendance.self)))
        default:
            throw CommandFailure(.unknownCommand, "The training service has no command '\(request.name)'.")
        }
    }
}
