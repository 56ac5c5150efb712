import Foundation
import GRDB
import MessageSchema

/// A row of `sessions`: one date a course is given.
struct SessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sessions"

    var id: String
    var courseId: String
    var status: TrainingSessionStatus
    var startsAt: Date
    var endsAt: Date
    var placeKind: TrainingPlace.Kind
    var city: String?
    var address: String?
    var url: String?
    var capacity: Int
    var trainer: String
    var cancelReason: String?
    /// The feedback survey the surveys service opened after completion.
    var feedbackSurveyId: String?
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, courseId: UUID, details: TrainingSessionDetails, createdAt: Date) {
        self.id = id.uuidString
        self.courseId = courseId.uuidString
        status = .planned
        startsAt = details.startsAt
        endsAt = details.endsAt
        placeKind = details.place.kind
        city = details.place.city
        address = details.place.address
        url = details.place.url
        capacity = details.capacity
        trainer = details.trainer
        self.createdAt = createdAt
        updatedAt = createdAt
    }

    var sessionId: UUID { UUID(uuidString: id)! }
    var courseUUID: UUID { UUID(uuidString: courseId)! }

    var details: TrainingSessionDetails {
        TrainingSessionDetails(
            startsAt: startsAt, endsAt: endsAt,
            place: TrainingPlace(kind: placeKind, city: city, address: address, url: url),
            capacity: capacity, trainer: trainer)
    }

    /// How staff recognise the session in a message: its start in Vilnius time.
    var label: String { "of \(VilniusTime.span(startsAt, endsAt))" }
}
