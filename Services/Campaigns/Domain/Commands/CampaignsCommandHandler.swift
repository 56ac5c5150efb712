import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the campaigns service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to
/// the outbox.
public struct CampaignsCommandHandler: CommandHandler {
    /// The commands this handler answers, and what each does.
    static let commands = CommandTable<CampaignsChange>(service: "campaigns")
        .on(CreateCampaign.self) { try $0.create($1) }
        .on(UpdateCampaign.self) { try $0.update($1) }
        .on(TransitionCampaign.self) { try $0.transition($1) }
        .on(LinkCampaignEvent.self) { try $0.link($1) }
        .on(UnlinkCampaignEvent.self) { try $0.unlink($1) }
        .on(AddMarketingObjective.self) { try $0.addObjective($1) }
        .on(SubmitContent.self) { try $0.submit($1) }
        .on(ResubmitContent.self) { try $0.resubmit($1) }
        .on(ReviewSubmission.self) { try $0.review($1) }
        .on(ScheduleSubmission.self) { try $0.schedule($1) }
        .on(PublishSubmission.self) { try $0.publishSubmission($1) }

    /// The commands this handler answers, by name.
    public static var commandNames: Set<String> { commands.names }

    private let handler: TableCommandHandler<CampaignsChange>

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = "campaigns", onCommit: @escaping @Sendable () -> Void) {
        handler = TableCommandHandler(Self.commands, database: database, onCommit: onCommit) { db, request in
            CampaignsChange(db: db, source: source, request: request)
        }
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        await handler.handle(request)
    }
}
