import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the media-relations service's commands: each runs in one write
/// transaction with its idempotency key, and the messages it produces go to the outbox.
public struct MediaRelationsCommandHandler: CommandHandler {
    /// The commands this handler answers, by name.
    public static let commandNames: Set<String> = [
        CreateContact.name, UpdateContact.name, CreateContactList.name, AddContactToList.name,
        DraftPressRelease.name, UpdatePressRelease.name, TransitionPressRelease.name,
        RequestVisit.name, TransitionVisit.name, RecordMention.name, ImportMentions.name, LinkMention.name,
    ]

    private let database: ServiceDatabase
    private let source: String
    private let onCommit: @Sendable () -> Void

    /// `onCommit` runs after each successful command that produced messages:
    /// it wakes the outbox publisher.
    public init(
        database: ServiceDatabase, source: String = ServiceName.mediaRelations.rawValue,
        onCommit: @escaping @Sendable () -> Void
    ) {
        self.database = database
        self.source = source
        self.onCommit = onCommit
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        guard Self.commandNames.contains(request.name) else {
            return .failed(CommandFailure(
                .unknownCommand, "The media-relations service has no command '\(request.name)'.",
                details: ["command": request.name]))
        }
        let source = self.source
        let reply = await CommandExecution.run(request, in: database) { db in
            let change = MediaRelationsChange(db: db, source: source, correlationId: request.correlationId)
            return try Self.perform(request, as: change)
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }

    private static func perform(_ request: CommandRequest, as change: MediaRelationsChange) throws -> JSONValue {
        func decode<C: Command>(_ type: C.Type) throws -> C { try CommandExecution.decode(type, from: request) }
        switch request.name {
        case CreateContact.name: return try .from(change.createContact(decode(CreateContact.self)))
        case UpdateContact.name: return try .from(change.updateContact(decode(UpdateContact.self)))
        case CreateContactList.name: return try .from(change.createList(decode(CreateContactList.self)))
        case AddContactToList.name: return try .from(change.addToList(decode(AddContactToList.self)))
        case DraftPressRelease.name: return try .from(change.draft(decode(DraftPressRelease.self)))
        case UpdatePressRelease.name: return try .from(change.updatePressRelease(decode(UpdatePressRelease.self)))
        case TransitionPressRelease.name: return try .from(change.transition(decode(TransitionPressRelease.self)))
        case RequestVisit.name: return try .from(change.requestVisit(decode(RequestVisit.self)))
        case TransitionVisit.name: return try .from(change.transition(decode(TransitionVisit.self)))
        case RecordMention.name: return try .from(change.record(decode(RecordMention.self)))
        case ImportMentions.name: return try .from(change.importMentions(decode(ImportMentions.self)))
        case LinkMention.name: return try .from(change.link(decode(LinkMention.self)))
        default:
            throw CommandFailure(.unknownCommand, "The media-relations service has no command '\(request.name)'.")
        }
    }
}
