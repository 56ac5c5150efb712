import Foundation
import MessageSchema

/// What a description of an event must satisfy before it is stored.
enum EventRules {
    /// The details with surrounding spaces removed and empty optional texts dropped.
    static func normalised(_ details: EventDetails) -> EventDetails {
        var result = details
        result.title = LocalizedText(lt: details.title.lt.trimmed, en: details.title.en.trimmedOrNil)
        if let description = details.description {
            let lt = description.lt.trimmed
            let en = description.en.trimmedOrNil
            result.description = lt.isEmpty && en == nil ? nil : LocalizedText(lt: lt, en: en)
        }
        result.venue = Venue(
            kind: details.venue.kind, hall: details.venue.hall.trimmedOrNil, city: details.venue.city.trimmedOrNil,
            address: details.venue.address.trimmedOrNil, country: details.venue.country.trimmedOrNil)
        result.organisingUnit = details.organisingUnit.trimmed
        return result
    }

    /// Refuses with `.invalid` the first rule `details` breaks.
    static func validate(_ details: EventDetails) throws {
        let details = normalised(details)
        if details.title.lt.isEmpty {
            throw invalid("title.lt", "The Lithuanian title (title.lt) is required.")
        }
        if details.organisingUnit.isEmpty {
            throw invalid("organisingUnit", "The organising unit (organisingUnit) is required.")
        }
        if details.endsAt <= details.startsAt {
            throw invalid(
                "endsAt",
                "The event must end after it starts: endsAt \(Timestamp.format(details.endsAt)) "
                    + "is not after startsAt \(Timestamp.format(details.startsAt)).")
        }
        if let capacity = details.capacity, capacity < 0 {
            throw invalid("capacity", "The capacity must be 0 or more; \(capacity) was given.")
        }
        switch details.venue.kind {
        case .libraryHall where details.venue.hall == nil:
            throw invalid("venue.hall", "A venue in a library hall needs the hall's name (venue.hall).")
        case .lithuania where details.venue.city == nil:
            throw invalid("venue.city", "A venue elsewhere in Lithuania needs the city (venue.city).")
        case .abroad where details.venue.country == nil:
            throw invalid("venue.country", "A venue abroad needs the country (venue.country).")
        default:
            break
        }
    }

    static func invalid(_ field: String, _ message: String) -> CommandFailure {
        CommandFailure(.invalid, message, details: ["field": field])
    }
}
