import EventsService
import GRDB
import MessageSchema
import XCTest

final class ProposeEventTests: EventsTestCase {
    func testAProposedEventIsStoredAndAnnounced() async throws {
        let app = try makeHarness()
        let id = UUID()
        let correlation = UUID()
        let reply = try await app.send(ProposeEvent(eventId: id, details: Sample.details()), correlationId: correlation)

        XCTAssertTrue(reply.ok)
        XCTAssertEqual(reply.seq, 1)
        XCTAssertEqual(try reply.result?.decode(as: EventRef.self), EventRef(eventId: id))
        let row = try await app.row(
            "SELECT status, venueKind, city, capacity FROM events WHERE id = ?", [id.uuidString])
        XCTAssertEqual(row?["status"], "proposed")
        XCTAssertEqual(row?["venueKind"], "lithuania")
        XCTAssertEqual(row?["city"], "Vilnius")
        XCTAssertEqual(row?["capacity"], "50")
        let envelope = try await app.outbox().first
        XCTAssertEqual(envelope?.type, "event.proposed")
        XCTAssertEqual(envelope?.source, "events")
        XCTAssertEqual(envelope?.correlationId, correlation)
        XCTAssertEqual(app.commits.value, 1)
    }

    func testTimesAreStoredInUTC() async throws {
        let app = try makeHarness()
        let id = UUID()
        // 18:00 in Vilnius in December is 16:00 UTC.
        try await app.expectSuccess(ProposeEvent(eventId: id, details: Sample.details(from: "2026-12-01T18:00")))
        let startsAt = try await app.read { db in
            try String.fetchOne(db, sql: "SELECT startsAt FROM events WHERE id = ?", arguments: [id.uuidString])
        }
        XCTAssertEqual(startsAt, "2026-12-01 16:00:00.000")
    }

    func testProposingAnIdThatExistsIsAConflict() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .proposed)
        let failure = try await app.expectRefusal(ProposeEvent(eventId: id, details: Sample.details(title: "Kitas")))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertTrue(failure.message.contains("Knygos pristatymas"), failure.message)
        XCTAssertEqual(app.commits.value, 1, "a refusal does not wake the publisher")
    }
}
