import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import SignedLinks
import XCTest

@testable import GatewayEvents
@testable import GatewayKit

/// The public's event pages on a real read model: the calendar by month with
/// its filters, an event's page with its schema.org JSON-LD and `.ics`, the
/// registration form's checks, the cancel link, the public JSON list.
final class PublicEventPagesTests: XCTestCase {
    static let book = UUID()
    static let conference = UUID()
    static let cancelled = UUID()
    static let proposed = UUID()
    static let past = UUID()
    static let registration = UUID()
    static let gone = UUID()

    /// A book presentation in March 2031 (2 places, 1 taken), a conference in Kaunas in April 2031,
    /// a cancelled exhibition, one only proposed, one held in 2020.
    static func seed(_ fixture: ReadModelFixture) throws {
        func schedule(_ id: UUID, _ details: EventDetails) throws {
            try fixture.apply(EventProposed(eventId: id, details: details))
            try fixture.apply(EventApproved(eventId: id))
            try fixture.apply(EventScheduled(eventId: id, details: details))
        }
        var book = Sample.details(
            "Knygos „Vilniaus kiemai“ pristatymas", type: .bookPresentation, starts: "2031-03-05T18:00", ends: "2031-03-05T19:30",
            capacity: 2, description: "Autorė pasakoja apie senamiesčio kiemus.", titleEn: "Presenting “Courtyards of Vilnius”")
        book.venue = Venue(kind: .libraryHall, hall: "Konferencijų salė")
        try schedule(Self.book, book)
        var conference = Sample.details(
            "Bibliotekų konferencija", type: .conference, starts: "2031-04-10T10:00", ends: "2031-04-11T16:00", capacity: 100)
        conference.venue = Venue(kind: .lithuania, city: "Kaunas", address: "Laisvės al. 57")
        try schedule(Self.conference, conference)
        try schedule(Self.cancelled, Sample.details("Atšaukta paroda", starts: "2031-03-20T12:00", ends: "2031-03-20T18:00", capacity: 10))
        try fixture.apply(EventCancelled(eventId: Self.cancelled, reason: "Salė remontuojama."))
        try fixture.apply(
            EventProposed(eventId: Self.proposed, details: Sample.details("Dar tik siūloma", starts: "2031-03-21T12:00", ends: "2031-03-21T13:00")))
        try schedule(Self.past, Sample.details("Senas renginys", starts: "2020-03-21T12:00", ends: "2020-03-21T13:00", capacity: 5))
        try fixture.apply(
            RegistrationAccepted(
                registrationId: Self.registration, eventId: Self.book,
                attendee: Attendee(name: "Ona Onaitė", email: "ona@example.lt"), registeredAt: Date()))
        try fixture.apply(
            RegistrationAccepted(
                registrationId: Self.gone, eventId: Self.conference, attendee: Attendee(name: "Jonas", email: "jonas@example.lt"),
                registeredAt: Date()))
        try fixture.apply(RegistrationCancelled(registrationId: Self.gone, eventId: Self.conference, previousStatus: .accepted))
    }

    static func path(_ id: UUID) -> String { "/kalendorius/\(id.uuidString.lowercased())" }

    func testTheCalendarShowsUpcomingScheduledEventsByMonthWithFilters() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let all = try await client.execute(uri: "/kalendorius", method: .get)
            XCTAssertEqual(all.status, .ok)
            let text = all.text
            XCTAssertTrue(text.contains("<h2>2031 m. kovas</h2>"), text)
            XCTAssertTrue(text.contains("<h2>2031 m. balandis</h2>"))
            XCTAssertTrue(text.contains(#"<a href="\#(Self.path(Self.book))">Knygos „Vilniaus kiemai“ pristatymas</a>"#), text)
            XCTAssertTrue(text.contains("Liko vietų: 1"))
            XCTAssertTrue(text.contains("Liko vietų: 100"))
            for absent in ["Atšaukta paroda", "Dar tik siūloma", "Senas renginys"] { XCTAssertFalse(text.contains(absent), absent) }
            XCTAssertLessThan(
                try XCTUnwrap(text.range(of: "2031 m. kovas")).lowerBound, try XCTUnwrap(text.range(of: "2031 m. balandis")).lowerBound)
            // The place filter offers the places of the upcoming events, in Lithuanian order.
            XCTAssertTrue(text.contains(#"<option value="Kaunas">Kaunas</option><option value="Konferencijų salė">Konferencijų salė</option>"#), text)

            let kaunas = try await client.execute(uri: "/kalendorius?vieta=Kaunas", method: .get)
            XCTAssertTrue(kaunas.text.contains("Bibliotekų konferencija"))
            XCTAssertFalse(kaunas.text.contains("Vilniaus kiemai"))
            XCTAssertTrue(kaunas.text.contains(#"href="/api/v1/calendar.ics?venue=Kaunas""#), kaunas.text)

            let books = try await client.execute(uri: "/kalendorius?tipas=book-presentation", method: .get)
            XCTAssertTrue(books.text.contains("Vilniaus kiemai"))
            XCTAssertFalse(books.text.contains("Bibliotekų konferencija"))

            let none = try await client.execute(uri: "/kalendorius?tipas=fair-participation", method: .get)
            XCTAssertTrue(none.text.contains("Pagal pasirinktus filtrus renginių nėra."))

            let english = try await client.execute(uri: "/kalendorius", method: .get, headers: [.cookie: "kalba=en"])
            XCTAssertTrue(english.text.contains("Presenting “Courtyards of Vilnius”"))
            XCTAssertTrue(english.text.contains("Places left: 1"))
        }
    }

    func testAnEventsPageCarriesItsSchemaOrgEventAndItsOwnCalendarFile() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let page = try await client.execute(uri: Self.path(Self.book), method: .get)
            XCTAssertEqual(page.status, .ok)
            let json = try XCTUnwrap(Self.jsonLD(in: page.text))
            XCTAssertEqual(json["@context"] as? String, "https://schema.org")
            XCTAssertEqual(json["@type"] as? String, "Event")
            XCTAssertEqual(json["name"] as? String, "Knygos „Vilniaus kiemai“ pristatymas")
            XCTAssertEqual(json["startDate"] as? String, "2031-03-05T18:00:00+02:00")
            XCTAssertEqual(json["endDate"] as? String, "2031-03-05T19:30:00+02:00")
            XCTAssertEqual(json["eventStatus"] as? String, "https://schema.org/EventScheduled")
            XCTAssertEqual(json["url"] as? String, "http://127.0.0.1:8080" + Self.path(Self.book))
            let location = try XCTUnwrap(json["location"] as? [String: Any])
            XCTAssertEqual(location["@type"] as? String, "Place")
            XCTAssertEqual(location["name"] as? String, "Konferencijų salė, Lietuvos nacionalinė Martyno Mažvydo biblioteka")
            let address = try XCTUnwrap(location["address"] as? [String: Any])
            XCTAssertEqual(address["streetAddress"] as? String, "Gedimino pr. 51")
            XCTAssertEqual(address["addressLocality"] as? String, "Vilnius")
            let organizer = try XCTUnwrap(json["organizer"] as? [String: Any])
            XCTAssertEqual(organizer["name"] as? String, "Lietuvos nacionalinė Martyno Mažvydo biblioteka")
            XCTAssertEqual(organizer["url"] as? String, "https://www.lnb.lt")
            let offers = try XCTUnwrap(json["offers"] as? [String: Any])
            XCTAssertEqual(offers["price"] as? String, "0")
            XCTAssertEqual(offers["priceCurrency"] as? String, "EUR")
            // One of two places left: half, more than a tenth.
            XCTAssertEqual(offers["availability"] as? String, "https://schema.org/InStock")
            XCTAssertTrue(page.text.contains(#"<a href="\#(Self.path(Self.book)).ics" id="renginio-ics">"#))
            XCTAssertTrue(page.text.contains(#"<form method="post" action="\#(Self.path(Self.book))/registracija" novalidate>"#))
            XCTAssertTrue(page.text.contains(#"<a href="/privatumas">Privatumo pranešimas</a>"#))
            XCTAssertFalse(page.text.contains("<script>"), "no inline script")

            let cancelled = try await client.execute(uri: Self.path(Self.cancelled), method: .get)
            XCTAssertEqual(try XCTUnwrap(Self.jsonLD(in: cancelled.text))["eventStatus"] as? String, "https://schema.org/EventCancelled")
            XCTAssertNil(try XCTUnwrap(Self.jsonLD(in: cancelled.text))["offers"])
            XCTAssertTrue(cancelled.text.contains("Renginys atšauktas – registracija negalima."))
            XCTAssertFalse(cancelled.text.contains("/registracija\" novalidate"))

            let ics = try await client.execute(uri: Self.path(Self.book) + ".ics", method: .get)
            XCTAssertEqual(ics.status, .ok)
            XCTAssertEqual(ics.headers[.contentType], "text/calendar; charset=utf-8")
            XCTAssertEqual(ics.text.components(separatedBy: "BEGIN:VEVENT").count - 1, 1)
            XCTAssertTrue(ics.text.contains("UID:\(Self.book.uuidString)@komunika.lnb.lt\r\n"))
            XCTAssertTrue(ics.text.contains("DTSTART:20310305T160000Z\r\n"))

            // Not yet public, or no such event: 404 pages.
            for id in [Self.proposed, UUID()] {
                let missing = try await client.execute(uri: Self.path(id), method: .get)
                XCTAssertEqual(missing.status, .notFound)
                XCTAssertTrue(missing.text.contains("Tokio renginio nėra."))
                let file = try await client.execute(uri: Self.path(id) + ".ics", method: .get)
                XCTAssertEqual(file.status, .notFound)
            }
        }
    }

    func testAvailabilityFollowsThePlacesLeft() {
        func record(capacity: Int?, accepted: Int, status: EventStatus = .scheduled) -> EventRecord {
            EventRecord(
                id: UUID(), status: status, details: Sample.details("R", capacity: capacity), acceptedCount: accepted, updatedAt: Date(),
                updatedSeq: 1)
        }
        XCTAssertEqual(EventJSONLD.availability(record(capacity: 80, accepted: 71)), "InStock")
        XCTAssertEqual(EventJSONLD.availability(record(capacity: 80, accepted: 72)), "LimitedAvailability")
        XCTAssertEqual(EventJSONLD.availability(record(capacity: 80, accepted: 79)), "LimitedAvailability")
        XCTAssertEqual(EventJSONLD.availability(record(capacity: 80, accepted: 80)), "SoldOut")
        XCTAssertNil(EventJSONLD.availability(record(capacity: nil, accepted: 0)))
        XCTAssertNil(EventJSONLD.availability(record(capacity: 80, accepted: 1, status: .held)))
    }

    func testTheJSONLDCannotCloseItsScriptElement() {
        var details = Sample.details("</script><script>alert(1)</script> & more")
        details.venue = Venue(kind: .lithuania, city: "Kaunas")
        let record = EventRecord(id: UUID(), status: .scheduled, details: details, updatedAt: Date(), updatedSeq: 1)
        let script = EventJSONLD.script(record, url: "http://x/kalendorius/1", language: .lt)
        XCTAssertFalse(script.contains("<"))
        XCTAssertFalse(script.contains("&"))
        let parsed = try? JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["name"] as? String, "</script><script>alert(1)</script> & more")
    }

    func testTheRegistrationFormSaysWhatIsWrongNextToEachFieldInTheReadersLanguage() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            var session = PageSession()
            _ = try await session.get(client, Self.path(Self.book))
            let path = Self.path(Self.book) + "/registracija"
            let empty = try await session.post(client, path, [("name", ""), ("email", "ona.example.lt"), ("organisation", "LNB")])
            XCTAssertEqual(empty.status, .unprocessableContent)
            XCTAssertTrue(empty.text.contains(#"<p class="field-error" id="name-klaida">Įrašykite savo vardą ir pavardę.</p>"#), empty.text)
            XCTAssertTrue(empty.text.contains(#"<p class="field-error" id="email-klaida">„ona.example.lt“ nėra el. pašto adresas.</p>"#))
            XCTAssertTrue(
                empty.text.contains(
                    #"<p class="field-error" id="consent-klaida">Registruotis galima tik sutikus, kad jūsų asmens duomenys būtų tvarkomi.</p>"#))
            XCTAssertTrue(empty.text.contains(#"value="LNB""#), "what was typed is kept")

            session.cookies["kalba"] = "en"
            let english = try await session.post(client, path, [("name", "Ona"), ("email", "ona@example.lt")])
            XCTAssertEqual(english.status, .unprocessableContent)
            XCTAssertTrue(
                english.text.contains(
                    #"<p class="field-error" id="consent-klaida">You can register only if you agree to the processing of your personal data.</p>"#))
            XCTAssertFalse(english.text.contains("name-klaida"))

            // A forged form (no form token) is refused.
            let forged = try await session.post(client, path, [("name", "Ona"), ("email", "ona@example.lt"), ("consent", "yes")], withToken: false)
            XCTAssertEqual(forged.status, .forbidden)

            // Everything right, but the events service is not there: said so, nothing lost of what was typed.
            session.cookies["kalba"] = nil
            let unanswered = try await session.post(client, path, [("name", "Ona Onaitė"), ("email", "ona2@example.lt"), ("consent", "yes")])
            XCTAssertEqual(unanswered.status, .serviceUnavailable)
            XCTAssertTrue(unanswered.text.contains("Registracijos sistema šiuo metu neatsako. Bandykite dar kartą po minutės."))
            XCTAssertTrue(unanswered.text.contains(#"value="ona2@example.lt""#))
        }
    }

    func testACancelledOrPastEventTakesNoRegistration() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            var session = PageSession()
            _ = try await session.get(client, Self.path(Self.book))
            let fields = [("name", "Ona"), ("email", "ona@example.lt"), ("consent", "yes")]
            let cancelled = try await session.post(client, Self.path(Self.cancelled) + "/registracija", fields)
            XCTAssertEqual(cancelled.status, .conflict)
            XCTAssertTrue(cancelled.text.contains(#"id="registracijos-klaida">Renginys atšauktas – registracija negalima.</p>"#), cancelled.text)
            let past = try await session.post(client, Self.path(Self.past) + "/registracija", fields)
            XCTAssertEqual(past.status, .conflict)
            XCTAssertTrue(past.text.contains(#"id="registracijos-klaida">Renginys jau įvyko.</p>"#), past.text)
        }
    }

    func testTheCancelLinkShowsTheRegistrationAndAButtonOnlyWhenSigned() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            func link(_ id: UUID, _ purpose: SignedLink.Purpose = .cancelRegistration, secret: LinkSecret = GatewayHTTP.linkSecret) -> String {
                "/registracija/atsaukti/" + SignedLink(purpose, subject: id.uuidString).token(secret: secret)
            }
            let page = try await client.execute(uri: link(Self.registration), method: .get)
            XCTAssertEqual(page.status, .ok, page.text)
            XCTAssertTrue(page.text.contains(#"<strong id="registruotasis">Ona Onaitė</strong>"#))
            XCTAssertTrue(page.text.contains("Knygos „Vilniaus kiemai“ pristatymas"))
            XCTAssertTrue(page.text.contains(#"<button type="submit" class="danger">Atšaukti registraciją</button>"#))

            let invalid = "Ši nuoroda negalioja. Patikrinkite, ar nukopijavote visą nuorodą iš laiško."
            for wrong in [
                link(Self.registration, secret: LinkSecret("another-secret-another-secret-another")), link(Self.registration, .unsubscribe),
                link(UUID()), "/registracija/atsaukti/nieko", String(link(Self.registration).dropLast(2)),
            ] {
                let response = try await client.execute(uri: wrong, method: .get)
                XCTAssertEqual(response.status, .notFound, wrong)
                XCTAssertTrue(response.text.contains(invalid), wrong)
                XCTAssertFalse(response.text.contains("Ona Onaitė"))
            }
            let gone = try await client.execute(uri: link(Self.gone), method: .get)
            XCTAssertEqual(gone.status, .gone)
            XCTAssertTrue(gone.text.contains("Ši registracija jau atšaukta."))

            // A POST without the page's form token cancels nothing.
            var session = PageSession()
            let forged = try await session.post(client, link(Self.registration), [], withToken: false)
            XCTAssertEqual(forged.status, .forbidden)
        }
    }

    func testThePublicJSONListHasTheUpcomingEventsWithPlacesLeft() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let all = try await client.execute(uri: "/api/v1/public/events", method: .get)
            XCTAssertEqual(all.status, .ok)
            let items = try XCTUnwrap(try all.json()["items"] as? [[String: Any]])
            XCTAssertEqual(items.map { $0["id"] as? String }, [Self.book.uuidString, Self.conference.uuidString])
            XCTAssertEqual(items.map { $0["placesLeft"] as? Int }, [1, 100])
            XCTAssertEqual(items.map { $0["place"] as? String }, ["Konferencijų salė", "Kaunas"])
            XCTAssertEqual(items[0]["url"] as? String, "http://127.0.0.1:8080" + Self.path(Self.book))
            XCTAssertEqual(items[0]["icsUrl"] as? String, "http://127.0.0.1:8080" + Self.path(Self.book) + ".ics")
            XCTAssertEqual(items[0]["startsAt"] as? String, "2031-03-05T18:00:00+02:00")

            let kaunas = try await client.execute(uri: "/api/v1/public/events?venue=Kaunas", method: .get)
            XCTAssertEqual(try XCTUnwrap(try kaunas.json()["items"] as? [[String: Any]]).map { $0["id"] as? String }, [Self.conference.uuidString])
            let feed = try await client.execute(uri: "/api/v1/calendar.ics?venue=Kaunas", method: .get)
            XCTAssertTrue(feed.text.contains("SUMMARY:Bibliotekų konferencija"))
            XCTAssertFalse(feed.text.contains("Vilniaus kiemai"))
        }
    }

    /// The object in the page's `<script type="application/ld+json">`.
    static func jsonLD(in html: String) -> [String: Any]? {
        let start = #"<script type="application/ld+json" id="renginio-duomenys">"#
        guard let open = html.range(of: start), let close = html.range(of: "</script>", range: open.upperBound..<html.endIndex) else {
            return nil
        }
        return (try? JSONSerialization.jsonObject(with: Data(html[open.upperBound..<close.lowerBound].utf8))) as? [String: Any]
    }
}
