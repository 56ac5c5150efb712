import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the training service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to the outbox.
public struct TrainingCommandHandler: CommandHandler {
    /// The commands this handler answers, and what each does.
    static let commands = CommandTable<TrainingChange>(service: "training")
        .on(CreateCourse.self) { try $0.createCourse($1) }
        .on(UpdateCourse.self) { try $0.updateCourse($1) }
        .on(PlanTrainingSession.self) { try $0.planSession($1) }
        .on(TransitionTrainingSession.self) { try $0.transition($1) }
        .on(EnrolTrainee.self) { try $0.enrol($1) }
        .on(CancelEnrolment.self) { try $0.cancel($1) }
        .on(RecordTrainingAttendance.self) { try $0.recordAttendance($1) }

    /// The commands this handler answers, by name.
    public static var commandNames: Set<String> { commands.names }

    private let handler: TableCommandHandler<TrainingChange>

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "training", onCommit: @escaping @Sendable () -> Void) {
        handler = TableCommandHandler(Self.commands, database: database, onCommit: onCommit) { db, request in
            TrainingChange(db: db, source: source, request: request)
        }
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        await handler.handle(request)
    }
}
