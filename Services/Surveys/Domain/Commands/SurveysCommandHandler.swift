import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the surveys service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to the outbox.
public struct SurveysCommandHandler: CommandHandler {
    /// The commands this handler answers, by name.
    public static let commandNames: Set<String> = [
        CreateSurvey.name, AddSurveyQuestion.name, TransitionSurvey.name, SubmitResponse.name,
    ]

    private let database: ServiceDatabase
    private let source: String
    private let onCommit: @Sendable () -> Void

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "surveys", onCommit: @escaping @Sendable () -> Void) {
        self.database = database
        self.source = source
        self.onCommit = onCommit
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        guard Self.commandNames.contains(request.name) else {
            return .failed(CommandFailure(
                .unknownCommand, "The surveys service has no command '\(request.name)'.", details: ["command": request.name]))
        }
        let source = self.source
        let reply = await CommandExecution.run(request, in: database) { db in
            let change = SurveysChange(db: db, source: source, correlationId: request.correlationId)
            return try Self.perform(request, as: change)
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }

    private static func perform(_ request: CommandRequest, as change: SurveysChange) throws -> JSONValue {
        func decode<C: Command>(_ type: C.Type) throws -> C { try CommandExecution.decode(type, from: request) }
        switch request.name {
        case CreateSurvey.name: return try .from(change.create(decode(CreateSurvey.self)))
        case AddSurveyQuestion.name: return try .from(change.addQuestion(decode(AddSurveyQuestion.self)))
        case TransitionSurvey.name: return try .from(change.transition(decode(TransitionSurvey.self)))
        case SubmitResponse.name: return try .from(change.submit(decode(SubmitResponse.self)))
        default:
            throw CommandFailure(.unknownCommand, "The surveys service has no command '\(request.name)'.")
        }
    }
}
