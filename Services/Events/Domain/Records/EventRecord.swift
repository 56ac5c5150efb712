import Foundation
import GRDB
import MessageSchema

/// A row of `events`.
struct EventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "events"

    var id: String
    var type: EventType
    var status: EventStatus
    var titleLt: String
    var titleEn: String?
    var descriptionLt: String?
    var descriptionEn: String?
    var startsAt: Date
    var endsAt: Date
    var venueKind: Venue.Kind
    var hall: String?
    var city: String?
    var address: String?
    var country: String?
    var organisingUnit: String
    var capacity: Int?
    var planItemId: String?
    /// Who approved the event in the Events Council (`Actor`), and when;
    /// `nil` until it is approved, and the names when the sender did not say.
    var approvedByAccountId: String?
    var approvedByName: String?
    var approvedAt: Date?
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, status: EventStatus, details: EventDetails, createdAt: Date) {
        self.id = id.uuidString
        self.status = status
        self.createdAt = createdAt
        // Filled by `details` below.
        type = details.type
        titleLt = details.title.lt
        startsAt = details.startsAt
        endsAt = details.endsAt
        venueKind = details.venue.kind
        organisingUnit = details.organisingUnit
        updatedAt = createdAt
        self.details = details
    }

    var eventId: UUID { UUID(uuidString: id)! }

    /// Everything that describes the event apart from its status.
    var details: EventDetails {
        get {
            EventDetails(
                type: type,
                title: LocalizedText(lt: titleLt, en: titleEn),
                description: descriptionLt == nil && descriptionEn == nil
                    ? nil : LocalizedText(lt: descriptionLt ?? "", en: descriptionEn),
                startsAt: startsAt, endsAt: endsAt,
                venue: Venue(kind: venueKind, hall: hall, city: city, address: address, country: country),
                organisingUnit: organisingUnit, capacity: capacity,
                planItemId: planItemId.flatMap(UUID.init(uuidString:)))
        }
        set {
            type = newValue.type
            titleLt = newValue.title.lt
            titleEn = newValue.title.en
            descriptionLt = newValue.description?.lt
            descriptionEn = newValue.description?.en
            startsAt = newValue.startsAt
            endsAt = newValue.endsAt
            venueKind = newValue.venue.kind
            hall = newValue.venue.hall
            city = newValue.venue.city
            address = newValue.venue.address
            country = newValue.venue.country
            organisingUnit = newValue.organisingUnit
            capacity = newValue.capacity
            planItemId = newValue.planItemId?.uuidString
        }
    }
}
