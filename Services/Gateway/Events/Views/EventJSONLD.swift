import Foundation
import GatewayKit
import MessageSchema

/// An event as schema.org `Event` JSON-LD, for search engines and lnb.lt:
/// what its public page carries in a `<script type="application/ld+json">`.
enum EventJSONLD {
    static let library = "Lietuvos nacionalinė Martyno Mažvydo biblioteka"
    static let libraryURL = "https://www.lnb.lt"
    /// The library's own address, where its halls are.
    static var libraryAddress: [String: Any] {
        [
            "@type": "PostalAddress", "streetAddress": "Gedimino pr. 51", "postalCode": "LT-01109", "addressLocality": "Vilnius",
            "addressCountry": "LT",
        ]
    }

    /// The members of the `Event`; `url` is the event's public page.
    static func object(_ event: EventRecord, url: String, language: Language) -> [String: Any] {
        let details = event.details
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": language == .en ? (details.title.en ?? details.title.lt) : details.title.lt,
            "startDate": Timestamp.formatVilnius(details.startsAt),
            "endDate": Timestamp.formatVilnius(details.endsAt),
            "eventStatus": "https://schema.org/" + status(event),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": location(details.venue),
            "organizer": ["@type": "Organization", "name": library, "url": libraryURL],
            "url": url,
            "inLanguage": "lt",
        ]
        if let description = details.description {
            object["description"] = language == .en ? (description.en ?? description.lt) : description.lt
        }
        if let availability = availability(event) {
            object["offers"] = [
                "@type": "Offer", "price": "0", "priceCurrency": "EUR", "availability": "https://schema.org/" + availability,
                "url": url,
            ]
        }
        return object
    }

    /// The JSON text, safe inside a `<script>` element: `<`, `>` and `&` written as `\u003c` …
    static func script(_ event: EventRecord, url: String, language: Language) -> String {
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object(event, url: url, language: language), options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    }

    /// `EventScheduled`, or `EventCancelled` for a cancelled event (a held one was scheduled).
    static func status(_ event: EventRecord) -> String {
        event.status == .cancelled ? "EventCancelled" : "EventScheduled"
    }

    /// `InStock`, `LimitedAvailability` (a tenth of the places or fewer left) or `SoldOut`;
    /// `nil` when the event takes no registrations or no longer takes them.
    static func availability(_ event: EventRecord) -> String? {
        guard event.status == .scheduled, let capacity = event.details.capacity, let left = event.placesLeft else { return nil }
        if left == 0 { return "SoldOut" }
        return left * 10 <= capacity ? "LimitedAvailability" : "InStock"
    }

    static func location(_ venue: Venue) -> [String: Any] {
        switch venue.kind {
        case .libraryHall:
            return ["@type": "Place", "name": [venue.hall, library].compactMap { $0 }.joined(separator: ", "), "address": libraryAddress]
        case .lithuania, .abroad:
            var address: [String: Any] = ["@type": "PostalAddress", "addressCountry": venue.kind == .lithuania ? "LT" : venue.country ?? ""]
            if let street = venue.address { address["streetAddress"] = street }
            if let city = venue.city { address["addressLocality"] = city }
            return ["@type": "Place", "name": venue.address ?? venue.city ?? venue.country ?? "", "address": address]
        }
    }
}
