import Foundation
import GRDB
import MessageSchema

/// A row of `publications`.
struct PublicationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "publications"

    var id: String
    var kind: PublicationKind
    var title: String
    var year: Int
    var isbn: String?
    var status: PublicationStatus
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, details: PublicationDetails, createdAt: Date) {
        self.id = id.uuidString
        kind = details.kind
        title = details.title
        year = details.year
        isbn = details.isbn
        status = .planned
        self.createdAt = createdAt
        updatedAt = createdAt
    }

    var details: PublicationDetails {
        get { PublicationDetails(kind: kind, title: title, year: year, isbn: isbn) }
        set {
            kind = newValue.kind
            title = newValue.title
            year = newValue.year
            isbn = newValue.isbn
        }
    }
}
