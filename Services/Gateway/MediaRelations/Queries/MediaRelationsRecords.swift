import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// A contact as the read model has it.
struct MediaContactRecord: Sendable, Equatable {
    var id: UUID
    var details: ContactDetails
    var listIds: [UUID]
    var updatedSeq: Int64

    init(row: Row, listIds: [UUID]) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText), let kind = ContactKind(rawValue: row["kind"]) else {
            throw UnreadableRow(table: "mediaContacts", id: idText, column: "id or kind")
        }
        let topicsText: String = row["topics"]
        let topics = (try? JSONDecoder().decode([String].self, from: Data(topicsText.utf8))) ?? []
        self.id = id
        details = ContactDetails(
            kind: kind, name: row["name"], organisation: row["organisation"], topics: topics, language: row["language"],
            email: row["email"], phone: row["phone"], notes: row["notes"])
        self.listIds = listIds
        updatedSeq = row["updatedSeq"]
    }
}

/// A contact list and its members, in the order they were added.
struct MediaContactListRecord: Sendable, Equatable {
    var id: UUID
    var name: String
    var contactIds: [UUID]
    var updatedSeq: Int64
}

/// A press release as the read model has it.
struct MediaPressReleaseRecord: Sendable, Equatable {
    var id: UUID
    var status: PressReleaseStatus
    var content: PressReleaseContent
    var contactListId: UUID?
    var recipientCount: Int?
    /// Members of the list left out because their address is on the do-not-contact list; `nil` before the list existed.
    var leftOutCount: Int?
    var distributedAt: Date?
    /// Who distributed it; `nil` until distributed.
    var distributedBy: Actor?
    var createdAt: Date
    var updatedSeq: Int64

    /// The columns of `mediaPressReleases` that keep `distributedBy`.
    static let distributedBy = ActorColumns("distributedBy")

    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText), let status = PressReleaseStatus(rawValue: row["status"]) else {
            throw UnreadableRow(table: "mediaPressReleases", id: idText, column: "id or status")
        }
        let eventId: String? = row["eventId"]
        let campaignId: String? = row["campaignId"]
        let listId: String? = row["contactListId"]
        self.id = id
        self.status = status
        content = PressReleaseContent(
            titleLt: row["titleLt"], bodyLt: row["bodyLt"], titleEn: row["titleEn"], bodyEn: row["bodyEn"],
            eventId: eventId.flatMap(UUID.init(uuidString:)), campaignId: campaignId.flatMap(UUID.init(uuidString:)))
        contactListId = listId.flatMap(UUID.init(uuidString:))
        recipientCount = row["recipientCount"]
        leftOutCount = row["leftOutCount"]
        distributedAt = row["distributedAt"]
        distributedBy = Self.distributedBy.actor(in: row)
        createdAt = row["createdAt"]
        updatedSeq = row["updatedSeq"]
    }
}

/// A journalist's visit, with the journalist's name when the read model knows the contact.
struct MediaVisitRecord: Sendable, Equatable {
    var id: UUID
    var status: VisitStatus
    var details: VisitDetails
    var journalistName: String?
    var cancelReason: String?
    var updatedSeq: Int64

    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText), let status = VisitStatus(rawValue: row["status"]),
            let journalistId = UUID(uuidString: row["journalistId"])
        else {
            throw UnreadableRow(table: "mediaVisits", id: idText, column: "id, status or journalistId")
        }
        self.id = id
        self.status = status
        details = VisitDetails(date: row["date"], journalistId: journalistId, purpose: row["purpose"], host: row["host"])
        journalistName = row["journalistName"]
        cancelReason = row["cancelReason"]
        updatedSeq = row["updatedSeq"]
    }
}

/// A media mention as the read model has it.
struct MediaMentionRecord: Sendable, Equatable {
    var id: UUID
    var mention: MentionInput
    var updatedSeq: Int64

    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText), let sentiment = Sentiment(rawValue: row["sentiment"]) else {
            throw UnreadableRow(table: "mediaMentions", id: idText, column: "id or sentiment")
        }
        let eventId: String? = row["eventId"]
        let campaignId: String? = row["campaignId"]
        self.id = id
        mention = MentionInput(
            url: row["url"], outlet: row["outlet"], publishedAt: row["publishedAt"], title: row["title"],
            excerpt: row["excerpt"], language: row["language"], reach: row["reach"], sentiment: sentiment,
            eventId: eventId.flatMap(UUID.init(uuidString:)), campaignId: campaignId.flatMap(UUID.init(uuidString:)))
        updatedSeq = row["updatedSeq"]
    }
}

/// One page of a list and how many match in all.
struct MediaPage<Item: Sendable>: Sendable {
    var items: [Item]
    var total: Int
    var page: Page
}
