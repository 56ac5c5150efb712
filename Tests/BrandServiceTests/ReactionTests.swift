import BrandService
import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// An exhibition held opens its archive collection, once, named after the event.
final class ReactionTests: BrandTestCase {
    private var seq: Int64 = 0

    private func envelope<M: Message>(_ message: M) throws -> Envelope {
        seq += 1
        return Envelope(
            type: M.type, version: M.version, source: "events", seq: seq, occurredAt: Date(), correlationId: UUID(),
            payload: try .from(message))
    }

    private func apply(_ envelopes: [Envelope], to harness: BrandHarness) async throws {
        let reactions = BrandReactions.make()
        for envelope in envelopes {
            try await harness.database.writer.write { db in try reactions.apply(envelope, in: db) }
        }
    }

    private func details(_ title: String, _ type: EventType) -> EventDetails {
        EventDetails(
            type: type, title: LocalizedText(lt: title), description: nil, startsAt: Date(), endsAt: Date().addingTimeInterval(3600),
            venue: Venue(kind: .libraryHall, hall: "Parodų erdvė"), organisingUnit: "Komunikacijos ir rinkodaros departamentas",
            capacity: nil, planItemId: nil)
    }

    func testAnExhibitionHeldOpensItsArchiveOnceEvenWhenReplayed() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        let held = try envelope(EventHeld(eventId: eventId, eventType: .exhibition))
        try await apply(
            [
                try envelope(EventProposed(eventId: eventId, details: details("Paroda „Senieji žemėlapiai“", .exhibition))),
                try envelope(EventUpdated(eventId: eventId, details: details("Paroda „Lietuvos žemėlapiai“", .exhibition))),
                held,
            ], to: harness)
        try await apply([held], to: harness)

        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.count, 1)
        let opened = try outbox[0].decodePayload(CollectionOpened.self)
        XCTAssertEqual(
            opened,
            CollectionOpened(
                collectionId: UUID(derivedFrom: "brand:archive:\(eventId)"), title: "Archyvas: Paroda „Lietuvos žemėlapiai“",
                eventId: eventId))
        XCTAssertEqual(outbox[0].causationId, held.id)
        XCTAssertEqual(outbox[0].correlationId, held.correlationId)
        let rows = try await harness.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM collections WHERE eventId = ?", arguments: [eventId.uuidString])
        }
        XCTAssertEqual(rows, 1)
    }

    func testOtherEventsHeldOpenNoArchive() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        try await apply(
            [
                try envelope(EventProposed(eventId: eventId, details: details("Konferencija", .conference))),
                try envelope(EventHeld(eventId: eventId, eventType: .conference)),
                try envelope(EventApproved(eventId: eventId)),
            ], to: harness)
        let outbox = try await harness.outbox()
        XCTAssertTrue(outbox.isEmpty)
    }

    func testAnUnknownMessageTypeIsRefusedForTheDeadLetters() async throws {
        let harness = try makeHarness()
        let strange = Envelope(type: "event.painted", version: 1, source: "events", seq: 1, occurredAt: Date(), payload: .object([:]))
        do {
            try await apply([strange], to: harness)
            XCTFail("an unknown type was applied")
        } catch {}
    }
}
