import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The gateway's copy of the media-relations service's state: contacts and
/// lists, press releases, visits, mentions and the do-not-contact list, kept by applying that
/// service's messages in `seq` order.
struct MediaRelationsReadModel: ReadModelPart {
    init() {}

    /// Applies one media-relations message; `false` for another source's.
    /// An unknown version, or a message about something the read model
    /// lacks, throws: the consumer dead-letters it.
    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool {
        guard envelope.source == ServiceName.mediaRelations.rawValue else { return false }
        let change = Change(envelope: envelope, db: db)
        switch envelope.type {
        case ContactCreated.type:
            let message = try change.payload(ContactCreated.self)
            try contact(message.contactId, message.details, change)
        case ContactUpdated.type:
            let message = try change.payload(ContactUpdated.self)
            try contact(message.contactId, message.details, change)
        case ContactListCreated.type: try listCreated(change.payload(ContactListCreated.self), change)
        case ContactAddedToList.type: try memberAdded(change.payload(ContactAddedToList.self), change)
        case ContactRemovedFromList.type: try memberRemoved(change.payload(ContactRemovedFromList.self), change)
        case PressReleaseDrafted.type: try drafted(change.payload(PressReleaseDrafted.self), change)
        case PressReleaseUpdated.type: try pressReleaseUpdated(change.payload(PressReleaseUpdated.self), change)
        case PressReleaseApproved.type: try approved(change.payload(PressReleaseApproved.self), change)
        case PressReleaseDistributed.type: try distributed(change.payload(PressReleaseDistributed.self), change)
        case VisitRequested.type: try visitRequested(change.payload(VisitRequested.self), change)
        case VisitStatusChanged.type: try visitChanged(change.payload(VisitStatusChanged.self), change)
        case MentionRecorded.type: try mentionRecorded(change.payload(MentionRecorded.self), change)
        case MentionExcerptRecorded.type: try excerptRecorded(change.payload(MentionExcerptRecorded.self), change)
        case MentionCorrected.type: try mentionCorrected(change.payload(MentionCorrected.self), change)
        case DoNotContactAdded.type: try doNotContactAdded(change.payload(DoNotContactAdded.self), change)
        case PersonErased.type: try personErased(change.payload(PersonErased.self), change)
        default: return false
        }
        return true
    }

    /// Inserts or replaces a row: `columns` are set on insert and on conflict.
    static func upsert(
        _ table: String, id: UUID, _ columns: [(String, (any DatabaseValueConvertible)?)],
        insertOnly: [(String, (any DatabaseValueConvertible)?)] = [],
        _ change: Change
    ) throws {
        try change.requireNotNewer(table, id: id, row: "\(table) row")
        let all = columns + insertOnly
        let names = ["id"] + all.map(\.0)
        let updates = columns.map { "\($0.0) = excluded.\($0.0)" }.joined(separator: ", ")
        try change.db.execute(
            sql: """
                INSERT INTO \(table) (\(names.joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                ON CONFLICT(id) DO UPDATE SET \(updates)
                """,
            arguments: StatementArguments([id.uuidString] + all.map(\.1)))
    }

    /// Sets `columns` of the row `id` of `table`; throws when there is no such row,
    /// or a newer message wrote it.
    static func update(
        _ table: String, id: UUID, _ columns: [(String, (any DatabaseValueConvertible)?)], _ change: Change
    ) throws {
        try change.requireNotNewer(table, id: id, row: "\(table) row")
        try change.db.execute(
            sql: "UPDATE \(table) SET \(columns.map { "\($0.0) = ?" }.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments(columns.map(\.1) + [id.uuidString]))
        if change.db.changesCount == 0 {
            throw MediaRelationsReadModelError.unknown(table: table, id: id, messageType: change.type)
        }
    }
}

/// Why a media-relations message could not be applied to the read model.
enum MediaRelationsReadModelError: Error, CustomStringConvertible, Equatable {
    /// The message changes a row of `table` the read model has never seen created.
    case unknown(table: String, id: UUID, messageType: String)

    var description: String {
        switch self {
        case .unknown(let table, let id, let type):
            "\(type) names \(id.uuidString) of \(table), which the read model does not have"
        }
    }
}
