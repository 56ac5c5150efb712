import Foundation
import GRDB
import GatewayKit
import MessageSchema

// The media-relations messages, each applied to the read model's tables.
// Every row's `updatedSeq` is the last message that wrote it: `upsert` and
// `update` refuse an older one (a dead letter retried late).

extension MediaRelationsReadModel {
    func contact(_ id: UUID, _ details: ContactDetails, _ change: Change) throws {
        let topics = String(decoding: try JSONEncoder().encode(details.topics), as: UTF8.self)
        let keys = Set(details.topics.map(MediaRelationsText.fold))
        try Self.upsert(
            "mediaContacts", id: id,
            [
                ("kind", details.kind.rawValue), ("name", details.name), ("nameSortKey", LithuanianOrder.sortKey(details.name)),
                ("organisation", details.organisation), ("topics", topics),
                ("topicsText", keys.sorted().joined(separator: "\n")), ("language", details.language),
                ("email", details.email), ("phone", details.phone), ("notes", details.notes),
                ("updatedAt", change.occurredAt), ("updatedSeq", change.seq),
            ],
            insertOnly: [("createdAt", change.occurredAt)], change)
        try change.db.execute(sql: "DELETE FROM mediaContactTopics WHERE contactId = ?", arguments: [id.uuidString])
        for key in keys {
            try change.db.execute(
                sql: "INSERT INTO mediaContactTopics (contactId, topicKey) VALUES (?, ?)", arguments: [id.uuidString, key])
        }
    }

    func listCreated(_ message: ContactListCreated, _ change: Change) throws {
        try Self.upsert(
            "mediaContactLists", id: message.listId,
            [("name", message.name), ("nameSortKey", LithuanianOrder.sortKey(message.name)), ("updatedSeq", change.seq)],
            insertOnly: [("createdAt", change.occurredAt)], change)
    }

    func memberAdded(_ message: ContactAddedToList, _ change: Change) throws {
        try Self.update("mediaContactLists", id: message.listId, [("updatedSeq", change.seq)], change)
        try change.db.execute(
            sql: "INSERT OR IGNORE INTO mediaContactListMembers (listId, contactId, addedAt) VALUES (?, ?, ?)",
            arguments: [message.listId.uuidString, message.contactId.uuidString, change.occurredAt])
    }

    /// Takes the contact off the list; a member the read model does not have is no error.
    func memberRemoved(_ message: ContactRemovedFromList, _ change: Change) throws {
        try Self.update("mediaContactLists", id: message.listId, [("updatedSeq", change.seq)], change)
        try change.db.execute(
            sql: "DELETE FROM mediaContactListMembers WHERE listId = ? AND contactId = ?",
            arguments: [message.listId.uuidString, message.contactId.uuidString])
    }

    func drafted(_ message: PressReleaseDrafted, _ change: Change) throws {
        try Self.upsert(
            "mediaPressReleases", id: message.pressReleaseId,
            Self.contentColumns(message.content) + [
                ("status", PressReleaseStatus.draft.rawValue), ("updatedAt", change.occurredAt), ("updatedSeq", change.seq),
            ],
            insertOnly: [("createdAt", change.occurredAt)], change)
    }

    func pressReleaseUpdated(_ message: PressReleaseUpdated, _ change: Change) throws {
        try Self.update(
            "mediaPressReleases", id: message.pressReleaseId,
            Self.contentColumns(message.content) + [("updatedAt", change.occurredAt), ("updatedSeq", change.seq)], change)
    }

    func approved(_ message: PressReleaseApproved, _ change: Change) throws {
        try Self.update(
            "mediaPressReleases", id: message.pressReleaseId,
            [("status", PressReleaseStatus.approved.rawValue), ("updatedAt", change.occurredAt), ("updatedSeq", change.seq)],
            change)
    }

    /// The distribution, with who distributed it (the envelope's actor).
    func distributed(_ message: PressReleaseDistributed, _ change: Change) throws {
        var columns: [(String, (any DatabaseValueConvertible)?)] = [
            ("status", PressReleaseStatus.distributed.rawValue), ("distributedAt", message.distributedAt),
            ("contactListId", message.contactListId.uuidString), ("recipientCount", message.contactIds.count),
            ("leftOutCount", message.leftOutContactIds?.count),
            ("updatedAt", change.occurredAt), ("updatedSeq", change.seq),
        ]
        columns += MediaPressReleaseRecord.distributedBy.values(change.actor)
        try Self.update("mediaPressReleases", id: message.pressReleaseId, columns, change)
    }

    /// The address on the do-not-contact list, with who put it there (the envelope's actor); once.
    func doNotContactAdded(_ message: DoNotContactAdded, _ change: Change) throws {
        try change.db.execute(
            sql: """
                INSERT INTO mediaDoNotContact (email, reason, addedAt, addedByAccountId, addedByName, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(email) DO NOTHING
                """,
            arguments: [
                message.email.lowercased(), message.reason.rawValue, change.occurredAt,
                change.actor?.accountId?.uuidString, change.actor?.name, change.seq,
            ])
    }

    func visitRequested(_ message: VisitRequested, _ change: Change) throws {
        try Self.upsert(
            "mediaVisits", id: message.visitId,
            [
                ("status", VisitStatus.requested.rawValue), ("date", message.details.date),
                ("journalistId", message.details.journalistId.uuidString), ("purpose", message.details.purpose),
                ("host", message.details.host), ("updatedAt", change.occurredAt), ("updatedSeq", change.seq),
            ],
            insertOnly: [("createdAt", change.occurredAt)], change)
    }

    func visitChanged(_ message: VisitStatusChanged, _ change: Change) throws {
        try Self.update(
            "mediaVisits", id: message.visitId,
            [
                ("status", message.status.rawValue), ("cancelReason", message.reason), ("updatedAt", change.occurredAt),
                ("updatedSeq", change.seq),
            ],
            change)
    }

    func mentionRecorded(_ message: MentionRecorded, _ change: Change) throws {
        try Self.upsert(
            "mediaMentions", id: message.mentionId,
            [
                ("url", message.url), ("outlet", message.outlet), ("outletSortKey", LithuanianOrder.sortKey(message.outlet)),
                ("publishedAt", message.publishedAt), ("title", message.title), ("language", message.language),
                ("reach", message.reach), ("sentiment", message.sentiment.rawValue),
                ("eventId", message.eventId?.uuidString), ("campaignId", message.campaignId?.uuidString),
                ("updatedSeq", change.seq),
            ],
            insertOnly: [("recordedAt", change.occurredAt)], change)
    }

    func excerptRecorded(_ message: MentionExcerptRecorded, _ change: Change) throws {
        try Self.update(
            "mediaMentions", id: message.mentionId, [("excerpt", message.excerpt), ("updatedSeq", change.seq)], change)
    }

    /// The corrected sentiment and reach; throws for a mention the read model does not have.
    func mentionCorrected(_ message: MentionCorrected, _ change: Change) throws {
        try Self.update(
            "mediaMentions", id: message.mentionId,
            [("reach", message.reach), ("sentiment", message.sentiment.rawValue), ("updatedSeq", change.seq)], change)
    }

    static func contentColumns(_ content: PressReleaseContent) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("titleLt", content.titleLt), ("bodyLt", content.bodyLt), ("titleEn", content.titleEn),
            ("bodyEn", content.bodyEn), ("eventId", content.eventId?.uuidString),
            ("campaignId", content.campaignId?.uuidString),
        ]
    }
}

/// Texts as the media-relations read model compares them.
enum MediaRelationsText {
    /// Lower case, without diacritics: `Kultūra` and `kultura` are one topic to filter by.
    static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "lt_LT"))
    }
}
