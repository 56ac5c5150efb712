import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// One campaign as the read model has it.
struct CampaignRecord: Sendable, Equatable {
    var id: UUID
    var status: CampaignStatus
    var details: CampaignDetails
    var eventIds: [UUID]
    var kpis: CampaignKPIs
    var cancelReason: String?
    var updatedSeq: Int64

    /// The columns `init(row:)` reads, for `SELECT \(CampaignRecord.selection) FROM campaigns c`.
    static let selection = """
        c.id, c.status, c.details, c.kpis, c.cancelReason, c.updatedSeq,
        (SELECT group_concat(eventId) FROM (SELECT eventId FROM campaignEvents ce WHERE ce.campaignId = c.id
            ORDER BY ce.rowid)) AS eventIds
        """

    init(row: Row) throws {
        let idText: String = row["id"]
        func unreadable(_ column: String) -> UnreadableRow {
            UnreadableRow(table: "campaigns", id: idText, column: column)
        }
        guard let id = UUID(uuidString: idText) else { throw unreadable("id") }
        guard let status = CampaignStatus(rawValue: row["status"]) else { throw unreadable("status") }
        let detailsText: String = row["details"]
        let kpisText: String = row["kpis"]
        guard let details = try? MessageCoding.decode(CampaignDetails.self, from: Data(detailsText.utf8)) else {
            throw unreadable("details")
        }
        guard let kpis = try? MessageCoding.decode(CampaignKPIs.self, from: Data(kpisText.utf8)) else {
            throw unreadable("kpis")
        }
        let eventIds: String? = row["eventIds"]
        self.id = id
        self.status = status
        self.details = details
        self.eventIds = (eventIds ?? "").split(separator: ",").compactMap { UUID(uuidString: String($0)) }
        self.kpis = kpis
        cancelReason = row["cancelReason"]
        updatedSeq = row["updatedSeq"]
    }

    init(
        id: UUID, status: CampaignStatus, details: CampaignDetails, eventIds: [UUID], kpis: CampaignKPIs = CampaignKPIs(),
        cancelReason: String? = nil, updatedSeq: Int64
    ) {
        self.id = id
        self.status = status
        self.details = details
        self.eventIds = eventIds
        self.kpis = kpis
        self.cancelReason = cancelReason
        self.updatedSeq = updatedSeq
    }
}

/// One submission as the read model has it.
struct SubmissionRecord: Sendable, Equatable {
    var id: UUID
    var status: SubmissionStatus
    var content: SubmissionContent
    var reviewComment: String?
    /// Who reviewed it last, and when; `nil` until reviewed.
    var reviewedBy: Actor?
    var reviewedAt: Date?
    var resubmissions: Int
    var scheduledOn: String?
    var scheduledChannel: Channel?
    var publishedAt: Date?
    var createdAt: Date
    var updatedSeq: Int64

    /// The columns of `campaignSubmissions` that keep `reviewedBy`.
    static let reviewedBy = ActorColumns("reviewedBy")

    init(row: Row) throws {
        let idText: String = row["id"]
        func unreadable(_ column: String) -> UnreadableRow {
            UnreadableRow(table: "campaignSubmissions", id: idText, column: column)
        }
        guard let id = UUID(uuidString: idText) else { throw unreadable("id") }
        guard let status = SubmissionStatus(rawValue: row["status"]) else { throw unreadable("status") }
        guard let wished = Channel(rawValue: row["wishedChannel"]) else { throw unreadable("wishedChannel") }
        let scheduledChannel: String? = row["scheduledChannel"]
        self.id = id
        self.status = status
        content = SubmissionContent(
            unit: row["unit"], title: row["title"], text: row["text"], wishedChannel: wished,
            wishedDate: row["wishedDate"])
        reviewComment = row["reviewComment"]
        reviewedBy = Self.reviewedBy.actor(in: row)
        reviewedAt = row["reviewedAt"]
        resubmissions = row["resubmissions"]
        scheduledOn = row["scheduledOn"]
        self.scheduledChannel = scheduledChannel.flatMap(Channel.init(rawValue:))
        publishedAt = row["publishedAt"]
        createdAt = row["createdAt"]
        updatedSeq = row["updatedSeq"]
    }
}
