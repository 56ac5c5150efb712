import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A contact as the API shows it; absent values are `null`.
struct ContactView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var kind: ContactKind
    var name: String
    @ExplicitNull var organisation: String?
    var topics: [String]
    var language: String
    @ExplicitNull var email: String?
    @ExplicitNull var phone: String?
    @ExplicitNull var notes: String?
    /// The lists the contact is on.
    var listIds: [UUID]
    var updatedSeq: Int64

    init(_ record: MediaContactRecord) {
        id = record.id
        kind = record.details.kind
        name = record.details.name
        organisation = record.details.organisation
        topics = record.details.topics
        language = record.details.language
        email = record.details.email
        phone = record.details.phone
        notes = record.details.notes
        listIds = record.listIds
        updatedSeq = record.updatedSeq
    }
}

/// `{"id","name","contactIds":[…],"memberCount"}`.
struct ContactListView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var name: String
    var contactIds: [UUID]
    var memberCount: Int
    var updatedSeq: Int64

    init(_ record: MediaContactListRecord) {
        id = record.id
        name = record.name
        contactIds = record.contactIds
        memberCount = record.contactIds.count
        updatedSeq = record.updatedSeq
    }
}

/// A press release as the API shows it; times in Vilnius with their offset.
struct PressReleaseView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var titleLt: String
    @ExplicitNull var titleEn: String?
    var bodyLt: String
    @ExplicitNull var bodyEn: String?
    var status: PressReleaseStatus
    @ExplicitNull var eventId: UUID?
    @ExplicitNull var campaignId: UUID?
    @ExplicitNull var contactListId: UUID?
    @ExplicitNull var recipientCount: Int?
    /// Members left out for the do-not-contact list.
    @ExplicitNull var leftOutCount: Int?
    @ExplicitNull var distributedAt: String?
    /// `{"accountId","name"}` of who distributed it, or `null`.
    @ExplicitNull var distributedBy: ActorView?
    var createdAt: String
    var updatedSeq: Int64

    init(_ record: MediaPressReleaseRecord) {
        id = record.id
        titleLt = record.content.titleLt
        titleEn = record.content.titleEn
        bodyLt = record.content.bodyLt
        bodyEn = record.content.bodyEn
        status = record.status
        eventId = record.content.eventId
        campaignId = record.content.campaignId
        contactListId = record.contactListId
        recipientCount = record.recipientCount
        leftOutCount = record.leftOutCount
        distributedAt = record.distributedAt.map(Timestamp.formatVilnius)
        distributedBy = record.distributedBy.map(ActorView.init)
        createdAt = Timestamp.formatVilnius(record.createdAt)
        updatedSeq = record.updatedSeq
    }
}

/// A journalist's visit as the API shows it.
struct VisitView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var status: VisitStatus
    var date: String
    var journalistId: UUID
    @ExplicitNull var journalistName: String?
    var purpose: String
    var host: String
    @ExplicitNull var cancelReason: String?
    var updatedSeq: Int64

    init(_ record: MediaVisitRecord) {
        id = record.id
        status = record.status
        date = Timestamp.formatVilnius(record.details.date)
        journalistId = record.details.journalistId
        journalistName = record.journalistName
        purpose = record.details.purpose
        host = record.details.host
        cancelReason = record.cancelReason
        updatedSeq = record.updatedSeq
    }
}

/// A media mention as the API shows it.
struct MentionView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var url: String
    var outlet: String
    var publishedAt: String
    var title: String
    @ExplicitNull var excerpt: String?
    var language: String
    var reach: Int
    var sentiment: Sentiment
    @ExplicitNull var eventId: UUID?
    @ExplicitNull var campaignId: UUID?
    var updatedSeq: Int64

    init(_ record: MediaMentionRecord) {
        id = record.id
        url = record.mention.url
        outlet = record.mention.outlet
        publishedAt = Timestamp.formatVilnius(record.mention.publishedAt)
        title = record.mention.title
        excerpt = record.mention.excerpt
        language = record.mention.language
        reach = record.mention.reach
        sentiment = record.mention.sentiment
        eventId = record.mention.eventId
        campaignId = record.mention.campaignId
        updatedSeq = record.updatedSeq
    }
}

/// `{"created":n,"duplicates":n,"errors":[{"line"|"item":k,"detail":"…"}]}`.
struct MentionImportView: ResponseEncodable, Decodable, Equatable {
    struct RowError: Codable, Equatable {
        var line: Int?
        var item: Int?
        var detail: String
    }

    var created: Int
    var duplicates: Int
    var errors: [RowError]

    init(_ report: MentionImportReport) {
        created = report.created
        duplicates = report.duplicates
        errors = report.errors.map { RowError(line: $0.line, item: $0.item, detail: $0.detail) }
    }
}

/// `{"months":[{"month":"2026-11","count","reach","positive","neutral","negative"}]}`.
struct CoverageView: ResponseEncodable, Decodable, Equatable {
    var months: [CoverageMonth]
}

/// `{"total":n,"reach":n,"outlets":[{"outlet","count","reach","share"}]}`; `share` is of the mentions, 0…1.
struct OutletsView: ResponseEncodable, Decodable, Equatable {
    struct Outlet: Codable, Equatable {
        var outlet: String
        var count: Int
        var reach: Int
        var share: Double
    }

    var total: Int
    var reach: Int
    var outlets: [Outlet]

    init(_ shares: [OutletShare]) {
        total = shares.reduce(0) { $0 + $1.count }
        reach = shares.reduce(0) { $0 + $1.reach }
        let all = total
        outlets = shares.map {
            Outlet(
                outlet: $0.outlet, count: $0.count, reach: $0.reach,
                share: all == 0 ? 0 : (Double($0.count) / Double(all) * 10_000).rounded() / 10_000)
        }
    }
}
