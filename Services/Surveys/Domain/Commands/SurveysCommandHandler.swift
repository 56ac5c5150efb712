import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the surveys service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to the outbox.
public struct SurveysCommandHandler: CommandHandler {
    /// The commands this handler answers, and what each does.
    static let commands = CommandTable<SurveysChange>(service: "surveys")
        .on(CreateSurvey.self) { try $0.create($1) }
        .on(AddSurveyQuestion.self) { try $0.addQuestion($1) }
        .on(TransitionSurvey.self) { try $0.transition($1) }
        .on(SubmitResponse.self) { try $0.submit($1) }
        .on(InviteToSurvey.self) { try $0.invite($1) }

    /// The commands this handler answers, by name.
    public static var commandNames: Set<String> { commands.names }

    private let handler: TableCommandHandler<SurveysChange>

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "surveys", onCommit: @escaping @Sendable () -> Void) {
        handler = TableCommandHandler(Self.commands, database: database, onCommit: onCommit) { db, request in
            SurveysChange(db: db, source: source, request: request)
        }
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        await handler.handle(request)
    }
}
