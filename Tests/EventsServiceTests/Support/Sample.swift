import Foundation
import MessageSchema

/// Values for tests: events, attendees and times in Vilnius.
enum Sample {
    /// A local Vilnius time such as "2026-12-01T18:00".
    static func at(_ text: String) -> Date {
        guard let date = Timestamp.parse(text) else { fatalError("not a time: \(text)") }
        return date
    }

    static func details(
        title: String = "Knygos pristatymas", from start: String = "2026-12-01T18:00", to end: String = "2026-12-01T20:00",
        venue: Venue = Venue(kind: .lithuania, city: "Vilnius", address: "Gedimino pr. 51"), capacity: Int? = 50
    ) -> EventDetails {
        EventDetails(
            type: .bookPresentation, title: LocalizedText(lt: title, en: "Book presentation"),
            description: LocalizedText(lt: "Naujos knygos pristatymas."), startsAt: at(start), endsAt: at(end),
            venue: venue, organisingUnit: "Komunikacijos ir rinkodaros skyrius", capacity: capacity)
    }

    static func hall(_ name: String) -> Venue { Venue(kind: .libraryHall, hall: name) }

    static func attendee(_ number: Int) -> Attendee {
        Attendee(name: "Lankytojas \(number)", email: "lankytojas\(number)@example.lt", organisation: "Vilniaus biblioteka")
    }

    static func planItem(id: UUID = UUID(), year: Int = 2027, quarter: Int = 2) -> PlanItem {
        PlanItem(
            id: id, year: year, title: "Vilniaus knygų mugė", type: .fairParticipation, quarter: quarter,
            organisingUnit: "Komunikacijos ir rinkodaros skyrius", notes: "Stendas B2")
    }
}
