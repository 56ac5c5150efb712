import Foundation
import GRDB
import MessageSchema

/// A row of `pressReleases`.
struct PressReleaseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pressReleases"

    var id: String
    var status: PressReleaseStatus
    var titleLt: String
    var bodyLt: String
    var titleEn: String?
    var bodyEn: String?
    var eventId: String?
    var campaignId: String?
    var contactListId: String?
    var distributedAt: Date?
    /// Who distributed it (`Actor`); `nil` until distributed.
    var distributedByAccountId: String?
    var distributedByName: String?
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, content: PressReleaseContent, createdAt: Date) {
        self.id = id.uuidString
        status = .draft
        titleLt = content.titleLt
        bodyLt = content.bodyLt
        self.createdAt = createdAt
        updatedAt = createdAt
        self.content = content
    }

    var content: PressReleaseContent {
        get {
            PressReleaseContent(
                titleLt: titleLt, bodyLt: bodyLt, titleEn: titleEn, bodyEn: bodyEn,
                eventId: eventId.flatMap(UUID.init(uuidString:)), campaignId: campaignId.flatMap(UUID.init(uuidString:)))
        }
        set {
            titleLt = newValue.titleLt
            bodyLt = newValue.bodyLt
            titleEn = newValue.titleEn
            bodyEn = newValue.bodyEn
            eventId = newValue.eventId?.uuidString
            campaignId = newValue.campaignId?.uuidString
        }
    }

    /// How staff recognise it in a message: its Lithuanian title.
    var label: String { "\"\(titleLt)\"" }
}
