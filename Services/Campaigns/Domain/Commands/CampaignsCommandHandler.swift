import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the campaigns service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to
/// the outbox.
public struct CampaignsCommandHandler: CommandHandler {
    /// The commands this handler answers, by name.
    public static let commandNames: Set<String> = [
        CreateCampaign.name, UpdateCampaign.name, TransitionCampaign.name, LinkCampaignEvent.name,
        UnlinkCampaignEvent.name, AddMarketingObjective.name, SubmitContent.name, ResubmitContent.name,
        ReviewSubmission.name, ScheduleSubmission.name, PublishSubmission.name,
    ]

    private let database: ServiceDatabase
    private let source: String
    private let onCommit: @Sendable () -> Void

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "campaigns", onCommit: @escaping @Sendable () -> Void) {
        self.database = database
        self.source = source
        self.onCommit = onCommit
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        guard Self.commandNames.contains(request.name) else {
            return .failed(CommandFailure(
                .unknownCommand, "The campaigns service has no command '\(request.name)'.",
                details: ["command": request.name]))
        }
        let source = self.source
        let reply = await CommandExecution.run(request, in: database) { db in
            let change = CampaignsChange(db: db, source: source, correlationId: request.correlationId)
            return try Self.perform(request, as: change)
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }

    private static func perform(_ request: CommandRequest, as change: CampaignsChange) throws -> JSONValue {
        func decode<C: Command>(_ type: C.Type) throws -> C { try CommandExecution.decode(type, from: request) }
        switch request.name {
        case CreateCampaign.name: return try .from(change.create(decode(CreateCampaign.self)))
        case UpdateCampaign.name: return try .from(change.update(decode(UpdateCampaign.self)))
        case TransitionCampaign.name: return try .from(change.transition(decode(TransitionCampaign.self)))
        case LinkCampaignEvent.name: return try .from(change.link(decode(LinkCampaignEvent.self)))
        case UnlinkCampaignEvent.name: return try .from(change.unlink(decode(UnlinkCampaignEvent.self)))
        case AddMarketingObjective.name: return try .from(change.addObjective(decode(AddMarketingObjective.self)))
        case SubmitContent.name: return try .from(change.submit(decode(SubmitContent.self)))
        case ResubmitContent.name: return try .from(change.resubmit(decode(ResubmitContent.self)))
        case ReviewSubmission.name: return try .from(change.review(decode(ReviewSubmission.self)))
        case ScheduleSubmission.name: return try .from(change.schedule(decode(ScheduleSubmission.self)))
        case PublishSubmission.name: return try .from(change.publishSubmission(decode(PublishSubmission.self)))
        default:
            throw CommandFailure(.unknownCommand, "The campaigns service has no command '\(request.name)'.")
        }
    }
}
