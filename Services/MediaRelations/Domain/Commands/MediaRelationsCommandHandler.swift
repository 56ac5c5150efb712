import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the media-relations service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to the outbox.
public struct MediaRelationsCommandHandler: CommandHandler {
    /// The commands this handler answers, and what each does.
    static let commands = CommandTable<MediaRelationsChange>(service: "media-relations")
        .on(CreateContact.self) { try $0.createContact($1) }
        .on(UpdateContact.self) { try $0.updateContact($1) }
        .on(CreateContactList.self) { try $0.createList($1) }
        .on(AddContactToList.self) { try $0.addToList($1) }
        .on(RemoveContactFromList.self) { try $0.removeFromList($1) }
        .on(DraftPressRelease.self) { try $0.draft($1) }
        .on(UpdatePressRelease.self) { try $0.updatePressRelease($1) }
        .on(TransitionPressRelease.self) { try $0.transition($1) }
        .on(RequestVisit.self) { try $0.requestVisit($1) }
        .on(TransitionVisit.self) { try $0.transition($1) }
        .on(RecordMention.self) { try $0.record($1) }
        .on(ImportMentions.self, prepare: { MentionFile.prepare($0) }) { try $0.importMentions($1, file: $2) }
        .on(LinkMention.self) { try $0.link($1) }
        .on(CorrectMention.self) { try $0.correct($1) }
        .on(AddToDoNotContact.self) { try $0.addToDoNotContact($1) }

    /// The commands this handler answers, by name.
    public static var commandNames: Set<String> { commands.names }

    private let handler: TableCommandHandler<MediaRelationsChange>

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(database: ServiceDatabase, source: String = ServiceName.mediaRelations.rawValue, onCommit: @escaping @Sendable () -> Void) {
        handler = TableCommandHandler(Self.commands, database: database, onCommit: onCommit) { db, request in
            MediaRelationsChange(db: db, source: source, request: request)
        }
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        await handler.handle(request)
    }
}
