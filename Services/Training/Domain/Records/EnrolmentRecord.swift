import Foundation
import GRDB
import MessageSchema

/// A row of `enrolments`.
struct EnrolmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "enrolments"

    var id: String
    var sessionId: String
    var name: String
    var institution: String
    var municipality: String
    var email: String
    var emailKey: String
    var status: EnrolmentStatus
    var enrolledAt: Date
    /// Arrival order within the session; the waiting list moves up by it.
    var queueNumber: Int64
    /// `nil` until attendance is recorded.
    var attendance: TrainingAttendance?

    var enrolmentId: UUID { UUID(uuidString: id)! }
    var sessionUUID: UUID { UUID(uuidString: sessionId)! }
    var trainee: Trainee { Trainee(name: name, institution: institution, municipality: municipality, email: email) }

    static func forSession(_ sessionId: UUID) -> QueryInterfaceRequest<EnrolmentRecord> {
        filter(Column("sessionId") == sessionId.uuidString)
    }
}
