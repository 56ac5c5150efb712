import Foundation
import GRDB
import MessageSchema

/// A row of `submissions`: content from another unit of the library on its
/// way through review to the content calendar.
struct SubmissionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "submissions"

    var id: String
    var status: SubmissionStatus
    var unit: String
    var title: String
    var text: String
    var wishedChannel: Channel
    var wishedDate: String
    var reviewComment: String?
    /// Who reviewed it last (`Actor`), and when; `nil` until reviewed.
    var reviewedByAccountId: String?
    var reviewedByName: String?
    var reviewedAt: Date?
    var scheduledOn: String?
    var scheduledChannel: Channel?
    var publishedAt: Date?
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, content: SubmissionContent, createdAt: Date) {
        self.id = id.uuidString
        status = .submitted
        unit = content.unit
        title = content.title
        text = content.text
        wishedChannel = content.wishedChannel
        wishedDate = content.wishedDate
        self.createdAt = createdAt
        updatedAt = createdAt
    }

    var submissionId: UUID { UUID(uuidString: id)! }

    var content: SubmissionContent {
        get { SubmissionContent(unit: unit, title: title, text: text, wishedChannel: wishedChannel, wishedDate: wishedDate) }
        set {
            unit = newValue.unit
            title = newValue.title
            text = newValue.text
            wishedChannel = newValue.wishedChannel
            wishedDate = newValue.wishedDate
        }
    }

    /// How staff recognise the submission in a message.
    var label: String { "\"\(title)\" from \(unit)" }
}
