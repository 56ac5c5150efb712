import EventsService
import GRDB
import MessageSchema
import XCTest

/// Lithuanian letters and typographic quotes survive the database and the bus.
final class LithuanianTextTests: EventsTestCase {
    func testLithuanianTextSurvivesTheRoundTrip() async throws {
        let app = try makeHarness()
        let title = "Knygų mugė – „Vilniaus knygų mugė“"
        var details = Sample.details(title: title, venue: Venue(kind: .libraryHall, hall: "Didžioji salė"))
        details.description = LocalizedText(lt: "Ąžuolų alėja, šviesūs įėjimai, ūkanotas žiemos vakaras.", en: "An evening")
        details.organisingUnit = "Komunikacijos ir rinkodaros skyrius"
        let id = UUID()
        try await app.expectSuccess(ProposeEvent(eventId: id, details: details))
        try await app.expectSuccess(TransitionEvent(eventId: id, to: .approved))
        let attendee = Attendee(name: "Žydrūnė Čiužaitė", email: "zydrune@example.lt", organisation: "Šiaulių „Aušros“ biblioteka")
        try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: attendee))

        let stored = try await app.event(id)
        XCTAssertEqual(stored?.details, details)
        let titleInSQL = try await app.read { db in
            try String.fetchOne(db, sql: "SELECT titleLt FROM events WHERE id = ?", arguments: [id.uuidString])
        }
        XCTAssertEqual(titleInSQL, title)
        let envelopes = try await app.outbox()
        XCTAssertEqual(try envelopes[0].decodePayload(EventProposed.self).details, details)
        XCTAssertEqual(try envelopes[2].decodePayload(RegistrationAccepted.self).attendee, attendee)
        let registrations = try await app.read { db in try EventsQueries.registrations(eventId: id, in: db) }
        XCTAssertEqual(registrations.first?.attendee, attendee)
    }
}
