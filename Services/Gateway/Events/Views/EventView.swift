import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// An event as the API shows it. Times are Europe/Vilnius with their offset;
/// absent values are `null`, so every event has the same members.
struct EventView: ResponseEncodable, Decodable, Equatable {
    struct Title: Codable, Equatable, Sendable {
        var lt: String
        @ExplicitNull var en: String?
    }

    struct Counts: Codable, Equatable, Sendable {
        var accepted: Int
        var waitlisted: Int
    }

    var id: UUID
    var type: EventType
    var status: EventStatus
    var title: Title
    @ExplicitNull var description: Title?
    var startsAt: String
    var endsAt: String
    var venue: VenueView
    var organisingUnit: String
    @ExplicitNull var capacity: Int?
    @ExplicitNull var planItemId: UUID?
    var registrations: Counts
    @ExplicitNull var placesLeft: Int?
    @ExplicitNull var cancelReason: String?
    var updatedSeq: Int64
    /// `{"surveyId","responses","nps","satisfaction"}` of its feedback survey, or `null`.
    @ExplicitNull var feedback: EventFeedback?
    /// `{"accountId","name"}` of who approved it in the Events Council, or `null`.
    @ExplicitNull var approvedBy: ActorView?
    /// When it was approved, or `null`.
    @ExplicitNull var approvedAt: String?

    init(_ record: EventRecord) {
        let details = record.details
        id = record.id
        type = details.type
        status = record.status
        title = Title(lt: details.title.lt, en: details.title.en)
        description = details.description.map { Title(lt: $0.lt, en: $0.en) }
        startsAt = Timestamp.formatVilnius(details.startsAt)
        endsAt = Timestamp.formatVilnius(details.endsAt)
        venue = VenueView(details.venue)
        organisingUnit = details.organisingUnit
        capacity = details.capacity
        planItemId = details.planItemId
        registrations = Counts(accepted: record.acceptedCount, waitlisted: record.waitlistedCount)
        placesLeft = record.placesLeft
        cancelReason = record.cancelReason
        updatedSeq = record.updatedSeq
        feedback = record.feedback
        approvedBy = record.approvedBy.map(ActorView.init)
        approvedAt = record.approvedAt.map(Timestamp.formatVilnius)
    }
}

/// A venue as the API shows it, with its one-line `summary`.
struct VenueView: Codable, Equatable, Sendable {
    var kind: Venue.Kind
    @ExplicitNull var hall: String?
    @ExplicitNull var city: String?
    @ExplicitNull var address: String?
    @ExplicitNull var country: String?
    var summary: String

    init(_ venue: Venue) {
        kind = venue.kind
        hall = venue.hall
        city = venue.city
        address = venue.address
        country = venue.country
        summary = venue.summary
    }
}
