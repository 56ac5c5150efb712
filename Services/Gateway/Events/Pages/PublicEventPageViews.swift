import Foundation
import GatewayKit
import MessageSchema

/// What the public's event templates read of an event, in the reader's
/// language: its page's links, the places left, and whether one may register.
enum PublicEventPageViews {
    /// Why the event takes no registration now; `nil` when it does.
    static func closedReason(_ event: EventRecord, now: Date = Date()) -> Localized? {
        switch event.status {
        case .cancelled:
            return Localized(lt: "Renginys atšauktas – registracija negalima.", en: "The event is cancelled – registration is not possible.")
        case .held:
            return Localized(lt: "Renginys jau įvyko.", en: "The event has already taken place.")
        case .proposed, .approved, .scheduled:
            break
        }
        if event.details.endsAt <= now { return Localized(lt: "Renginys jau įvyko.", en: "The event has already taken place.") }
        if event.details.startsAt <= now {
            return Localized(lt: "Renginys jau prasidėjo – registracija baigta.", en: "The event has begun – registration is closed.")
        }
        if event.details.capacity == nil {
            return Localized(
                lt: "Į šį renginį registruotis nereikia – ateikite.", en: "This event needs no registration – just come.")
        }
        return nil
    }

    /// `Liko vietų: 5`, `Vietų nebėra – galite įsirašyti į laukiančiųjų sąrašą`; `nil` without registration.
    static func placesText(_ event: EventRecord, viewer: Viewer) -> String? {
        guard let left = event.placesLeft, event.status == .scheduled else { return nil }
        if left == 0 {
            return viewer.text(
                Localized(
                    lt: "Vietų nebėra – galite įsirašyti į laukiančiųjų sąrašą.",
                    en: "No places left – you can join the waiting list."))
        }
        return viewer.text(Localized(lt: "Liko vietų: \(left)", en: "Places left: \(left)"))
    }

    static func event(_ event: EventRecord, viewer: Viewer) -> [String: Any] {
        var view = EventPageViews.event(event, viewer: viewer)
        view["href"] = PublicEventPaths.page(event.id)
        view["icsHref"] = PublicEventPaths.ics(event.id)
        view["registrationHref"] = PublicEventPaths.registration(event.id)
        view["isCancelled"] = event.status == .cancelled
        view["isFull"] = event.placesLeft == 0
        if let places = placesText(event, viewer: viewer) { view["places"] = places }
        return view
    }

    /// The events grouped by the month (Vilnius) they are on from `now`: `[{"month": "2027 m. vasaris", "events": […]}]`.
    static func byMonth(_ events: [EventRecord], viewer: Viewer, now: Date = Date()) -> [[String: Any]] {
        let calendar = Timestamp.vilniusCalendar
        var groups: [(key: DateComponents, events: [[String: Any]])] = []
        for event in events {
            let key = calendar.dateComponents([.year, .month], from: max(event.details.startsAt, now))
            if groups.last?.key != key { groups.append((key, [])) }
            groups[groups.count - 1].events.append(Self.event(event, viewer: viewer))
        }
        return groups.map { group in
            [
                "month": HumanDate.month(year: group.key.year ?? 0, month: group.key.month ?? 1, in: viewer.language),
                "id": String(format: "men-%04d-%02d", group.key.year ?? 0, group.key.month ?? 1), "events": group.events,
            ]
        }
    }
}
