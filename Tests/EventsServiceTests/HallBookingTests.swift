import EventsService
import MessageSchema
import XCTest

/// A library hall holds one non-cancelled event at a time, in [start, end).
final class HallBookingTests: EventsTestCase {
    private let evening = Sample.details(
        title: "Knygų mugė – „Vilniaus knygų mugė“", from: "2026-12-01T18:00", to: "2026-12-01T20:00",
        venue: Sample.hall("Didžioji salė"))

    private func details(hall: String, from: String, to: String) -> EventDetails {
        Sample.details(title: "Paskaita", from: from, to: to, venue: Sample.hall(hall))
    }

    func testAnOverlappingBookingIsRefusedNamingTheClash() async throws {
        let app = try makeHarness()
        let booked = try await app.event(in: .approved, evening)
        let failure = try await app.expectRefusal(
            ProposeEvent(details: details(hall: "  DIDŽIOJI SALĖ ", from: "2026-12-01T19:30", to: "2026-12-01T21:00")))

        XCTAssertEqual(failure.code, .conflict)
        XCTAssertTrue(failure.message.contains("Knygų mugė – „Vilniaus knygų mugė“"), failure.message)
        XCTAssertTrue(failure.message.contains("2026-12-01 18:00–20:00"), failure.message)
        XCTAssertEqual(failure.details?["clashingEventId"], booked.uuidString)
        XCTAssertEqual(failure.details?["clashingEventTitle"], "Knygų mugė – „Vilniaus knygų mugė“")
    }

    func testAnEventInsideAnotherIsRefused() async throws {
        let app = try makeHarness()
        try await app.event(in: .proposed, evening)
        let failure = try await app.expectRefusal(
            ProposeEvent(details: details(hall: "Didžioji salė", from: "2026-12-01T18:30", to: "2026-12-01T19:00")))
        XCTAssertEqual(failure.code, .conflict)
    }

    func testAnotherHallOrAnAdjacentTimeIsAllowed() async throws {
        let app = try makeHarness()
        try await app.event(in: .scheduled, evening)
        try await app.expectSuccess(
            ProposeEvent(details: details(hall: "Mažoji salė", from: "2026-12-01T18:00", to: "2026-12-01T20:00")))
        try await app.expectSuccess(
            ProposeEvent(details: details(hall: "Didžioji salė", from: "2026-12-01T20:00", to: "2026-12-01T22:00")))
        try await app.expectSuccess(
            ProposeEvent(details: details(hall: "Didžioji salė", from: "2026-12-01T16:00", to: "2026-12-01T18:00")))
    }

    func testTheHallIsFreeAgainOnceTheOtherEventIsCancelled() async throws {
        let app = try makeHarness()
        let booked = try await app.event(in: .approved, evening)
        try await app.expectSuccess(TransitionEvent(eventId: booked, to: .cancelled, reason: "Perkelta"))
        try await app.expectSuccess(
            ProposeEvent(details: details(hall: "Didžioji salė", from: "2026-12-01T18:00", to: "2026-12-01T20:00")))
    }

    func testAnUpdateIntoABookedHallIsRefusedButAnEventMayMoveWithinItsOwnTime() async throws {
        let app = try makeHarness()
        try await app.event(in: .approved, evening)
        let other = try await app.event(
            in: .approved, details(hall: "Mažoji salė", from: "2026-12-01T18:00", to: "2026-12-01T20:00"))

        let failure = try await app.expectRefusal(
            UpdateEvent(eventId: other, patch: EventPatch(venue: Sample.hall("didžioji salė"))))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertTrue(failure.message.contains("Knygų mugė"), failure.message)

        try await app.expectSuccess(UpdateEvent(eventId: other, patch: EventPatch(endsAt: Sample.at("2026-12-01T20:30"))))
    }
}
