import Foundation
import GRDB
import MessageSchema

/// A row of `courses`.
struct CourseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "courses"

    var id: String
    var titleLt: String
    var titleEn: String?
    var description: String?
    var topic: TrainingTopic
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, details: CourseDetails, createdAt: Date) {
        self.id = id.uuidString
        titleLt = details.titleLt
        titleEn = details.titleEn
        description = details.description
        topic = details.topic
        self.createdAt = createdAt
        updatedAt = createdAt
    }

    var courseId: UUID { UUID(uuidString: id)! }

    var details: CourseDetails {
        get { CourseDetails(titleLt: titleLt, titleEn: titleEn, description: description, topic: topic) }
        set {
            titleLt = newValue.titleLt
            titleEn = newValue.titleEn
            description = newValue.description
            topic = newValue.topic
        }
    }

    /// How staff recognise the course in a message: its Lithuanian title.
    var label: String { "\"\(titleLt)\"" }
}
