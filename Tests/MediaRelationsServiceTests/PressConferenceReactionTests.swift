import Foundation
import MediaRelationsService
import MessageSchema
import ServiceKit
import XCTest

/// A press conference the events service schedules gets a press-release draft, once.
final class PressConferenceReactionTests: MediaRelationsTestCase {
    static func scheduled(_ type: EventType, eventId: UUID = UUID(), seq: Int64 = 3) throws -> Envelope {
        let details = EventDetails(
            type: type, title: LocalizedText(lt: "Naujoji bibliotekos strategija"),
            startsAt: Timestamp.parse("2026-12-01T11:00")!, endsAt: Timestamp.parse("2026-12-01T12:30")!,
            venue: Venue(kind: .libraryHall, hall: "Konferencijų salė"), organisingUnit: "Komunikacijos skyrius")
        return Envelope(
            type: EventScheduled.type, version: EventScheduled.version, source: "events", seq: seq, occurredAt: Date(),
            correlationId: UUID(), payload: try .from(EventScheduled(eventId: eventId, details: details)))
    }

    func testScheduledPressConferenceGetsOneLinkedDraft() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let envelope = try Self.scheduled(.pressConference, eventId: eventId)
        try harness.react(to: envelope)
        try harness.react(to: envelope)
        try harness.react(to: try Self.scheduled(.pressConference, eventId: eventId, seq: 9))

        let expectedId = UUID(derivedFrom: "media-relations:press-release:\(eventId)")
        let rows = try await harness.rows("SELECT * FROM pressReleases")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?["id"], expectedId.uuidString)
        XCTAssertEqual(rows.first?["status"], "draft")
        XCTAssertEqual(rows.first?["eventId"], eventId.uuidString)
        XCTAssertEqual(rows.first?["titleLt"], "Spaudos konferencija: Naujoji bibliotekos strategija")
        let body = rows.first?["bodyLt"] ?? ""
        XCTAssertTrue(body.contains("2026-12-01"), body)
        XCTAssertTrue(body.contains("11:00–12:30"), body)
        XCTAssertTrue(body.contains("Konferencijų salė"), body)

        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.map(\.type), [PressReleaseDrafted.type])
        XCTAssertEqual(outbox.first?.causationId, envelope.id)
        XCTAssertEqual(outbox.first?.correlationId, envelope.correlationId)
        XCTAssertEqual(try outbox.first?.decodePayload(PressReleaseDrafted.self).pressReleaseId, expectedId)
    }

    func testOtherEventsAndOtherMessagesDraftNothing() async throws {
        let harness = try makeHarness()
        try harness.react(to: try Self.scheduled(.exhibition))
        let held = Envelope(
            type: EventHeld.type, version: EventHeld.version, source: "events", seq: 4, occurredAt: Date(),
            payload: try .from(EventHeld(eventId: UUID(), eventType: .pressConference)))
        try harness.react(to: held)
        let count = try await harness.count("pressReleases")
        XCTAssertEqual(count, 0)
        let outbox = try await harness.outbox()
        XCTAssertTrue(outbox.isEmpty)
    }

    func testUnknownMessageTypeIsRefusedForTheDeadLetters() throws {
        let harness = try makeHarness()
        let unknown = Envelope(
            type: "event.teleported", version: 1, source: "events", seq: 5, occurredAt: Date(), payload: .object([:]))
        XCTAssertThrowsError(try harness.react(to: unknown))
        var newer = try Self.scheduled(.pressConference)
        newer.version = 99
        XCTAssertThrowsError(try harness.react(to: newer))
    }
}
