import Foundation
import MediaRelationsService
import MessageSchema
import XCTest

/// Who distributed a press release: the command's actor is in the press
/// releases table and on the message; a draft opened for a scheduled press
/// conference is made for whoever scheduled it.
final class ActorTests: MediaRelationsTestCase {
    let specialist = Actor(accountId: UUID(uuidString: "2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809"), name: "Tomas Jankauskas")

    func testDistributionKeepsWhoDistributedAndWhen() async throws {
        let harness = try makeHarness()
        let journalist = try await harness.journalist()
        let list = UUID()
        try await harness.expectSuccess(CreateContactList(listId: list, name: "Kultūra"))
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: journalist))
        let id = UUID()
        try await harness.expectSuccess(
            DraftPressRelease(
                pressReleaseId: id, content: PressReleaseContent(titleLt: "Nauja paroda", bodyLt: "Kviečiame.")))
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .approved))
        try await harness.expectSuccess(
            TransitionPressRelease(pressReleaseId: id, to: .distributed, contactListId: list), actor: specialist)

        let outbox = try await harness.outbox()
        let distributed = try XCTUnwrap(outbox.last)
        XCTAssertEqual(distributed.type, PressReleaseDistributed.type)
        XCTAssertEqual(distributed.actor, specialist)
        let stored = try await harness.row(
            "SELECT distributedByAccountId, distributedByName, distributedAt FROM pressReleases WHERE id = ?",
            [id.uuidString])
        let row = try XCTUnwrap(stored)
        XCTAssertEqual(row["distributedByAccountId"], "2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809")
        XCTAssertEqual(row["distributedByName"], "Tomas Jankauskas")
        XCTAssertNotNil(row["distributedAt"])
    }

    func testTheDraftOfAScheduledPressConferenceCarriesTheSchedulersName() async throws {
        let harness = try makeHarness()
        let details = EventDetails(
            type: .pressConference, title: LocalizedText(lt: "Metų knygos rinkimai"), startsAt: Date(),
            endsAt: Date().addingTimeInterval(3600), venue: Venue(kind: .libraryHall, hall: "Konferencijų salė"),
            organisingUnit: "Komunikacijos ir rinkodaros skyrius")
        let scheduled = Envelope(
            type: EventScheduled.type, version: EventScheduled.version, source: "events", seq: 1, occurredAt: Date(),
            actor: specialist, payload: try .from(EventScheduled(eventId: UUID(), details: details)))
        try harness.react(to: scheduled)

        let outbox = try await harness.outbox()
        let drafted = try XCTUnwrap(outbox.first)
        XCTAssertEqual(drafted.type, PressReleaseDrafted.type)
        XCTAssertEqual(drafted.actor, specialist)
        XCTAssertEqual(drafted.causationId, scheduled.id)
    }
}
