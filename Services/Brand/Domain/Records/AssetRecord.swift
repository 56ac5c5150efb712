import Foundation
import GRDB
import MessageSchema

/// A row of `assets`.
struct AssetRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "assets"

    var id: String
    var kind: AssetKind
    var title: String
    var description: String?
    var tags: [String]
    var status: AssetStatus
    var rejectionReason: String?
    var withdrawnReason: String?
    var versionCount: Int
    /// Who approved the asset last (`Actor`), and when; `nil` until approved.
    var approvedByAccountId: String?
    var approvedByName: String?
    var approvedAt: Date?
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, details: AssetDetails, createdAt: Date) {
        self.id = id.uuidString
        kind = details.kind
        title = details.title
        description = details.description
        tags = details.tags
        status = .submitted
        versionCount = 0
        self.createdAt = createdAt
        updatedAt = createdAt
    }

    var assetId: UUID { UUID(uuidString: id)! }

    var details: AssetDetails {
        get { AssetDetails(kind: kind, title: title, description: description, tags: tags) }
        set {
            kind = newValue.kind
            title = newValue.title
            description = newValue.description
            tags = newValue.tags
        }
    }

    /// How staff recognise the asset in a message: its title.
    var label: String { "\"\(title)\"" }
}
