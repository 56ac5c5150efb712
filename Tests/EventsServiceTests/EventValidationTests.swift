import EventsService
import GRDB
import MessageSchema
import XCTest

final class EventValidationTests: EventsTestCase {
    private func refusal(_ details: EventDetails, _ app: EventsHarness) async throws -> CommandFailure {
        try await app.expectRefusal(ProposeEvent(eventId: UUID(), details: details))
    }

    func testEachBrokenRuleIsRefusedNamingItsField() async throws {
        let app = try makeHarness()
        var noTitle = Sample.details()
        noTitle.title = LocalizedText(lt: "   ", en: "Only English")
        var noUnit = Sample.details()
        noUnit.organisingUnit = " "
        var negativeCapacity = Sample.details()
        negativeCapacity.capacity = -1
        let cases: [(EventDetails, String)] = [
            (noTitle, "title.lt"),
            (noUnit, "organisingUnit"),
            (Sample.details(from: "2026-12-01T18:00", to: "2026-12-01T18:00"), "endsAt"),
            (Sample.details(from: "2026-12-01T18:00", to: "2026-12-01T17:00"), "endsAt"),
            (negativeCapacity, "capacity"),
            (Sample.details(venue: Venue(kind: .libraryHall, hall: "  ")), "venue.hall"),
            (Sample.details(venue: Venue(kind: .abroad, city: "Frankfurt")), "venue.country"),
            (Sample.details(venue: Venue(kind: .lithuania, address: "Gedimino pr. 51")), "venue.city"),
        ]
        for (details, field) in cases {
            let failure = try await refusal(details, app)
            XCTAssertEqual(failure.code, .invalid, field)
            XCTAssertEqual(failure.details?["field"], field)
            XCTAssertTrue(failure.message.contains(field), failure.message)
        }
        let stored = try await app.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") }
        XCTAssertEqual(stored, 0)
        let published = try await app.outbox()
        XCTAssertTrue(published.isEmpty)
    }

    func testCapacityZeroAndNoCapacityAreValid() async throws {
        let app = try makeHarness()
        try await app.expectSuccess(ProposeEvent(details: Sample.details(capacity: 0)))
        try await app.expectSuccess(ProposeEvent(details: Sample.details(capacity: nil)))
    }

    func testAnUpdateThatBreaksARuleIsRefused() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let failure = try await app.expectRefusal(
            UpdateEvent(eventId: id, patch: EventPatch(endsAt: Sample.at("2026-12-01T17:00"))))
        XCTAssertEqual(failure.code, .invalid)
        XCTAssertEqual(failure.details?["field"], "endsAt")
    }

    func testAMalformedPayloadIsInvalid() async throws {
        let app = try makeHarness()
        let reply = await app.handler.handle(
            CommandRequest(name: ProposeEvent.name, idempotencyKey: "bad-1", payload: .object(["eventId": .string("x")])))
        XCTAssertFalse(reply.ok)
        XCTAssertEqual(reply.failure?.code, .invalid)
    }
}
