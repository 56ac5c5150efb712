import Foundation
import MediaRelationsService
import MessageSchema
import XCTest

/// The do-not-contact list: putting an address on it, and press releases
/// distributed to a list leaving those addresses out.
final class DoNotContactTests: MediaRelationsTestCase {
    func testAnAddressGoesOnTheListOnceInLowerCaseWithWhoPutItThere() async throws {
        let harness = try makeHarness()
        let staff = Actor(accountId: UUID(), name: "Eglė Kazlauskienė")
        let first = try await harness.expectSuccess(
            AddToDoNotContact(email: "  Ruta@LRT.lt ", reason: .staff), actor: staff)
        XCTAssertEqual(first, DoNotContactOutcome(email: "ruta@lrt.lt", added: true))
        let again = try await harness.expectSuccess(AddToDoNotContact(email: "ruta@lrt.lt", reason: .unsubscribed))
        XCTAssertEqual(again, DoNotContactOutcome(email: "ruta@lrt.lt", added: false))

        let row = try await harness.row("SELECT * FROM doNotContact")
        XCTAssertEqual(row?["email"], "ruta@lrt.lt")
        XCTAssertEqual(row?["reason"], "staff")
        XCTAssertEqual(row?["addedByName"], "Eglė Kazlauskienė")
        let added = try await harness.published(DoNotContactAdded.self)
        XCTAssertEqual(added, [DoNotContactAdded(email: "ruta@lrt.lt", reason: .staff)])
        let envelope = try await harness.outbox().last
        XCTAssertEqual(envelope?.type, "do-not-contact.added")
        XCTAssertEqual(envelope?.actor, staff)
    }

    func testABadAddressIsRefusedWithTheField() async throws {
        let harness = try makeHarness()
        let bad = try await harness.expectRefusal(AddToDoNotContact(email: "ne adresas", reason: .unsubscribed))
        XCTAssertEqual(bad.code, .invalid)
        XCTAssertEqual(bad.details?["field"], "email")
        XCTAssertEqual(bad.message, "'ne adresas' is not an e-mail address.")
        let empty = try await harness.expectRefusal(AddToDoNotContact(email: " ", reason: .staff))
        XCTAssertEqual(empty.message, "The e-mail address (email) is required.")
        let count = try await harness.count("doNotContact")
        XCTAssertEqual(count, 0)
    }

    func testDistributionLeavesOutMembersOnTheList() async throws {
        let harness = try makeHarness()
        let ruta = try await harness.journalist("Rūta", email: "ruta@lrt.lt")
        let tomas = try await harness.journalist("Tomas", email: "Tomas@Delfi.lt")
        let ona = try await harness.journalist("Ona", email: "ona@15min.lt")
        let list = UUID()
        try await harness.expectSuccess(CreateContactList(listId: list, name: "Kultūra"))
        for contact in [ruta, tomas, ona] {
            try await harness.expectSuccess(AddContactToList(listId: list, contactId: contact))
        }
        try await harness.expectSuccess(AddToDoNotContact(email: "tomas@delfi.lt", reason: .unsubscribed))
        let id = UUID()
        try await harness.expectSuccess(DraftPressRelease(pressReleaseId: id, content: PressReleaseTests.content))
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .approved))
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .distributed, contactListId: list))

        let published = try await harness.published(PressReleaseDistributed.self)
        let distributed = try XCTUnwrap(published.last)
        XCTAssertEqual(distributed.contactIds.count, 2)
        XCTAssertEqual(Set(distributed.contactIds), [ruta, ona])
        XCTAssertEqual(distributed.leftOutContactIds, [tomas])
        let recipients = try await harness.rows(
            "SELECT contactId FROM pressReleaseRecipients WHERE pressReleaseId = ? ORDER BY contactId", [id.uuidString])
        XCTAssertEqual(recipients.compactMap { $0["contactId"] }, [ruta.uuidString, ona.uuidString].sorted())
    }

    func testAListWhoseEveryMemberIsOnTheListIsRefused() async throws {
        let harness = try makeHarness()
        let ruta = try await harness.journalist("Rūta", email: "ruta@lrt.lt")
        let list = UUID()
        try await harness.expectSuccess(CreateContactList(listId: list, name: "Kultūra"))
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: ruta))
        try await harness.expectSuccess(AddToDoNotContact(email: "ruta@lrt.lt", reason: .unsubscribed))
        let id = UUID()
        try await harness.expectSuccess(DraftPressRelease(pressReleaseId: id, content: PressReleaseTests.content))
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .approved))
        let refused = try await harness.expectRefusal(
            TransitionPressRelease(pressReleaseId: id, to: .distributed, contactListId: list))
        XCTAssertEqual(refused.code, .conflict)
        XCTAssertEqual(
            refused.message,
            "Every member of the contact list \"Kultūra\" is on the do-not-contact list: there is nobody to send to.")
        let status = try await harness.row("SELECT status FROM pressReleases WHERE id = ?", [id.uuidString])?["status"]
        XCTAssertEqual(status, "approved")
    }

    func testAMessageWrittenBeforeTheListReadsWithNobodyLeftOut() throws {
        let old = """
            {"pressReleaseId":"7C9E6679-7425-40DE-944B-E07FC1F90AE7","distributedAt":"2026-03-02T10:00:00Z",
            "contactListId":"9B2D1C1E-2C2B-4E4A-8B8B-0E2E5D2C9F11","contactIds":["1F0E2D3C-4B5A-4697-8887-766554433221"]}
            """
        let message = try MessageCoding.decode(PressReleaseDistributed.self, from: Data(old.utf8))
        XCTAssertEqual(message.contactIds, [UUID(uuidString: "1F0E2D3C-4B5A-4697-8887-766554433221")!])
        XCTAssertNil(message.leftOutContactIds)
        XCTAssertEqual(PressReleaseDistributed.version, 1)
    }
}
