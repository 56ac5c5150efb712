import Foundation
import GatewayKit
import MessageSchema

/// The body of `POST /api/v1/events`. Every member is read loosely (texts
/// for enumerations and times) so that `validated()` can name each wrong field.
struct EventInput: Decodable {
    /// A text in both languages: `{"lt": …, "en": …}`, or a plain string,
    /// which is the Lithuanian text.
    struct Text: Decodable {
        var lt: String?
        var en: String?

        private enum CodingKeys: String, CodingKey {
            case lt, en
        }

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                lt = text
                return
            }
            guard let container = try? decoder.container(keyedBy: CodingKeys.self) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "must be a text, or an object with 'lt' and 'en'"))
            }
            lt = try container.decodeIfPresent(String.self, forKey: .lt)
            en = try container.decodeIfPresent(String.self, forKey: .en)
        }

        init(lt: String?, en: String?) {
            self.lt = lt
            self.en = en
        }
    }

    struct VenueInput: Decodable {
        var kind: String?
        var hall: String?
        var city: String?
        var address: String?
        var country: String?
    }

    var type: String?
    var title: Text?
    var description: Text?
    var startsAt: String?
    var endsAt: String?
    var venue: VenueInput?
    var organisingUnit: String?
    var capacity: Int?
    var planItemId: String?

    /// The event's details, or a 422 problem naming every wrong field.
    func validated() throws -> EventDetails {
        var check = Validation()
        let type = check.member(type, "type", as: EventType.self, required: true)
        let titleLt = check.required(title?.lt, "title.lt")
        let description = Self.localized(description, "description", &check)
        let startsAt = check.dateTime(startsAt, "startsAt", required: true)
        let endsAt = check.dateTime(endsAt, "endsAt", required: true)
        check.order(startsAt: startsAt, endsAt: endsAt)
        let venue = Self.venue(venue, &check)
        let unit = check.required(organisingUnit, "organisingUnit")
        Self.checkCapacity(capacity, &check)
        let planItemId = check.uuid(planItemId, "planItemId")
        try check.check()
        guard let type, let titleLt, let startsAt, let endsAt, let venue, let unit else {
            throw Problem.invalid([FieldError(field: "", detail: "the event is incomplete")])
        }
        return EventDetails(
            type: type, title: LocalizedText(lt: titleLt, en: Validation.blankAsNil(title?.en)), description: description,
            startsAt: startsAt, endsAt: endsAt, venue: venue, organisingUnit: unit, capacity: capacity,
            planItemId: planItemId)
    }

    static func localized(_ text: Text?, _ field: String, _ check: inout Validation) -> LocalizedText? {
        guard let text else { return nil }
        guard let lt = check.required(text.lt, "\(field).lt") else { return nil }
        return LocalizedText(lt: lt, en: Validation.blankAsNil(text.en))
    }

    static func venue(_ input: VenueInput?, _ check: inout Validation) -> Venue? {
        guard let input else {
            check.add("venue", "'venue' is required")
            return nil
        }
        guard let kind = check.member(input.kind, "venue.kind", as: Venue.Kind.self, required: true) else { return nil }
        let venue = Venue(
            kind: kind, hall: Validation.blankAsNil(input.hall), city: Validation.blankAsNil(input.city),
            address: Validation.blankAsNil(input.address), country: Validation.blankAsNil(input.country))
        switch kind {
        case .libraryHall where venue.hall == nil: check.add("venue.hall", "'venue.hall' is required for a library hall")
        case .lithuania where venue.city == nil: check.add("venue.city", "'venue.city' is required in Lithuania")
        case .abroad where venue.country == nil: check.add("venue.country", "'venue.country' is required abroad")
        default: break
        }
        return venue
    }

    /// More places than any venue of the library or a fair has.
    static let maximumCapacity = 100_000

    static func checkCapacity(_ capacity: Int?, _ check: inout Validation) {
        if let capacity, !(0...maximumCapacity).contains(capacity) {
            check.add("capacity", "'capacity' must be a whole number from 0 to \(maximumCapacity)")
        }
    }
}
