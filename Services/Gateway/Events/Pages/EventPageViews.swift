import Foundation
import GatewayKit
import MessageSchema

/// What the events part's templates read of an event and its registrations,
/// in the viewer's language.
enum EventPageViews {
    static func event(_ event: EventRecord, viewer: Viewer) -> [String: Any] {
        let language = viewer.language
        let details = event.details
        var view: [String: Any] = [
            "id": event.id.uuidString.lowercased(),
            "href": "/renginiai/\(event.id.uuidString.lowercased())",
            "title": language == .en ? (details.title.en ?? details.title.lt) : details.title.lt,
            "titleLt": details.title.lt,
            "type": viewer.text(EventsPageStrings.type(details.type)),
            "status": viewer.text(EventsPageStrings.status(event.status)),
            "statusKey": event.status.rawValue,
            "when": span(details.startsAt, details.endsAt, in: language),
            "day": HumanDate.day(details.startsAt, in: language),
            "venue": venue(details.venue, viewer: viewer),
            "organisingUnit": details.organisingUnit,
            "accepted": event.acceptedCount,
            "waitlisted": event.waitlistedCount,
        ]
        if let description = details.description {
            view["description"] = language == .en ? (description.en ?? description.lt) : description.lt
        }
        if let capacity = details.capacity {
            view["capacity"] = capacity
            view["fill"] = "\(event.acceptedCount) / \(capacity)"
            view["fillPercent"] = capacity == 0 ? 0 : Int((Double(event.acceptedCount) * 100 / Double(capacity)).rounded())
            view["placesLeft"] = event.placesLeft ?? 0
        }
        if let reason = event.cancelReason { view["cancelReason"] = reason }
        if let feedback = event.feedback {
            view["feedback"] = [
                "responses": feedback.responses, "nps": feedback.nps.map(SVGChart.number) ?? "—",
                "satisfaction": feedback.satisfaction.map { String(format: "%.2f", $0) } ?? "—",
            ]
        }
        return view
    }

    /// `2027 m. vasario 24 d. 18:00–20:00`, or both days and times when it spans days.
    static func span(_ start: Date, _ end: Date, in language: Language) -> String {
        if Timestamp.vilniusCalendar.isDate(start, inSameDayAs: end) {
            return HumanDate.dayAndTime(start, in: language) + "–" + HumanDate.time(end)
        }
        return HumanDate.dayAndTime(start, in: language) + " – " + HumanDate.dayAndTime(end, in: language)
    }

    static func venue(_ venue: Venue, viewer: Viewer) -> String {
        switch venue.kind {
        case .libraryHall:
            return [venue.hall, viewer.text(Localized(lt: "LNB", en: "LNB"))].compactMap { $0 }.joined(separator: ", ")
        case .lithuania, .abroad:
            return [venue.address, venue.city, venue.country].compactMap { $0 }.joined(separator: ", ")
        }
    }

    static func registration(_ registration: RegistrationRecord, viewer: Viewer, eventHref: String) -> [String: Any] {
        var view: [String: Any] = [
            "id": registration.id.uuidString.lowercased(),
            "name": registration.attendee.name,
            "email": registration.attendee.email,
            "organisation": registration.attendee.organisation ?? "",
            "registeredAt": HumanDate.dayAndTime(registration.registeredAt, in: viewer.language),
            "attended": registration.attended == true,
            "absent": registration.attended == false,
            "unmarked": registration.attended == nil,
            "eventHref": eventHref,
        ]
        if let position = registration.position { view["position"] = position }
        return view
    }

    /// The options of a `<select>` with `selected` marked.
    static func options<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, selected: String?, label: (T) -> Localized, viewer: Viewer
    ) -> [[String: Any]] where T.RawValue == String {
        T.allCases.map { value in
            ["value": value.rawValue, "label": viewer.text(label(value)), "selected": value.rawValue == selected]
        }
    }
}
