import Foundation
import GRDB
import MessageSchema

// The mail service's copies of what other services published: just what a
// mail needs, kept up to date by `MailReactions`.

/// A row of `events`.
struct EventCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "events"
    enum Columns {
        static let id = Column(CodingKeys.id)
    }

    var id: String
    var details: EventDetails
    var status: EventStatus
    var sequence: Int
    var updatedAt: Date
}

/// A row of `registrations`.
struct RegistrationCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "registrations"
    enum Columns {
        static let eventId = Column(CodingKeys.eventId)
        static let status = Column(CodingKeys.status)
    }

    var id: String
    var eventId: String
    var name: String
    var email: String
    var status: RegistrationStatus

    /// Those still registered (accepted or waiting) for an event.
    static func active(eventId: UUID) -> QueryInterfaceRequest<RegistrationCopy> {
        filter(Columns.eventId == eventId.uuidString && Columns.status != RegistrationStatus.cancelled.rawValue)
            .order(Column("rowid"))
    }
}

/// A row of `courses`.
struct CourseCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "courses"
    var id: String
    var titleLt: String
}

/// A row of `sessions`.
struct SessionCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sessions"
    var id: String
    var courseId: String
    var startsAt: Date
    /// Where, as one line: a city and address, or the online link.
    var place: String
}

/// A row of `enrolments`.
struct EnrolmentCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "enrolments"
    var id: String
    var sessionId: String
    var name: String
    var email: String
}

/// A row of `contacts`.
struct ContactCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contacts"
    var id: String
    var name: String
    var email: String?
    var language: String
}

/// A row of `pressReleases`.
struct PressReleaseCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pressReleases"
    var id: String
    var titleLt: String
    var bodyLt: String
    var titleEn: String?
    var bodyEn: String?
}
