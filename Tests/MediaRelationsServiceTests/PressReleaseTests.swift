import Foundation
import MediaRelationsService
import MessageSchema
import XCTest

/// Press releases: draft → approved → distributed, and every refusal on the way.
final class PressReleaseTests: MediaRelationsTestCase {
    static let content = PressReleaseContent(
        titleLt: "Bibliotekoje – nauja paroda", bodyLt: "Kviečiame į parodą „Knygų lobynas“.", eventId: UUID())

    func testDraftApproveDistributeRecordsTimeAndRecipients() async throws {
        let harness = try makeHarness()
        let first = try await harness.journalist("Rūta")
        let second = try await harness.journalist("Tomas")
        let list = UUID()
        try await harness.expectSuccess(CreateContactList(listId: list, name: "Kultūra"))
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: first))
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: second))
        let id = UUID()
        try await harness.expectSuccess(DraftPressRelease(pressReleaseId: id, content: Self.content))
        try await harness.expectSuccess(
            UpdatePressRelease(pressReleaseId: id, patch: PressReleasePatch(titleEn: "A new exhibition", bodyEn: "Welcome.")))
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .approved))
        let before = Date()
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .distributed, contactListId: list))

        let row = try await harness.row("SELECT * FROM pressReleases WHERE id = ?", [id.uuidString])
        XCTAssertEqual(row?["status"], "distributed")
        XCTAssertEqual(row?["titleEn"], "A new exhibition")
        XCTAssertEqual(row?["contactListId"], list.uuidString)
        XCTAssertNotNil(row?["distributedAt"])
        let recipients = try await harness.rows("SELECT contactId FROM pressReleaseRecipients WHERE pressReleaseId = ?", [id.uuidString])
        XCTAssertEqual(Set(recipients.compactMap { $0["contactId"] }), [first.uuidString, second.uuidString])

        let outbox = try await harness.outbox()
        XCTAssertEqual(
            outbox.suffix(4).map(\.type),
            [PressReleaseDrafted.type, PressReleaseUpdated.type, PressReleaseApproved.type, PressReleaseDistributed.type])
        let distributed = try outbox.last!.decodePayload(PressReleaseDistributed.self)
        XCTAssertEqual(Set(distributed.contactIds), [first, second])
        XCTAssertEqual(distributed.contactListId, list)
        XCTAssertGreaterThanOrEqual(distributed.distributedAt.timeIntervalSince1970, before.timeIntervalSince1970 - 0.001)
    }

    func testOnlyApprovedCanBeDistributedAndNothingMovesBack() async throws {
        let harness = try makeHarness()
        let list = UUID()
        try await harness.expectSuccess(CreateContactList(listId: list, name: "Visi"))
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: try await harness.journalist()))
        let id = UUID()
        try await harness.expectSuccess(DraftPressRelease(pressReleaseId: id, content: Self.content))

        let early = try await harness.expectRefusal(TransitionPressRelease(pressReleaseId: id, to: .distributed, contactListId: list))
        XCTAssertEqual(early.code, .illegalTransition)
        XCTAssertEqual(early.details?["from"], "draft")
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .approved))
        let back = try await harness.expectRefusal(TransitionPressRelease(pressReleaseId: id, to: .draft))
        XCTAssertEqual(back.code, .illegalTransition)
        let again = try await harness.expectRefusal(TransitionPressRelease(pressReleaseId: id, to: .approved))
        XCTAssertEqual(again.code, .illegalTransition)
        let unknown = try await harness.expectRefusal(TransitionPressRelease(pressReleaseId: UUID(), to: .approved))
        XCTAssertEqual(unknown.code, .notFound)
        let status = try await harness.row("SELECT status FROM pressReleases WHERE id = ?", [id.uuidString])?["status"]
        XCTAssertEqual(status, "approved")
    }

    func testDistributingNeedsAListWithMembers() async throws {
        let harness = try makeHarness()
        let id = UUID()
        try await harness.expectSuccess(DraftPressRelease(pressReleaseId: id, content: Self.content))
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .approved))
        let noList = try await harness.expectRefusal(TransitionPressRelease(pressReleaseId: id, to: .distributed))
        XCTAssertEqual(noList.details?["field"], "contactListId")
        let unknownList = try await harness.expectRefusal(TransitionPressRelease(pressReleaseId: id, to: .distributed, contactListId: UUID()))
        XCTAssertEqual(unknownList.code, .notFound)
        let empty = UUID()
        try await harness.expectSuccess(CreateContactList(listId: empty, name: "Tuščias"))
        let nobody = try await harness.expectRefusal(TransitionPressRelease(pressReleaseId: id, to: .distributed, contactListId: empty))
        XCTAssertEqual(nobody.code, .conflict)
        let row = try await harness.row("SELECT * FROM pressReleases WHERE id = ?", [id.uuidString])
        XCTAssertEqual(row?["status"], "approved")
        XCTAssertNil(row?["distributedAt"])
    }

    func testOnlyADraftCanBeChangedAndTextsAreRequired() async throws {
        let harness = try makeHarness()
        let noTitle = try await harness.expectRefusal(DraftPressRelease(content: PressReleaseContent(titleLt: " ", bodyLt: "Tekstas")))
        XCTAssertEqual(noTitle.details?["field"], "titleLt")
        let noBody = try await harness.expectRefusal(DraftPressRelease(content: PressReleaseContent(titleLt: "Antraštė", bodyLt: "")))
        XCTAssertEqual(noBody.details?["field"], "bodyLt")
        let englishWithoutTitle = try await harness.expectRefusal(
            DraftPressRelease(content: PressReleaseContent(titleLt: "Antraštė", bodyLt: "Tekstas", bodyEn: "Text")))
        XCTAssertEqual(englishWithoutTitle.details?["field"], "titleEn")

        let id = UUID()
        try await harness.expectSuccess(DraftPressRelease(pressReleaseId: id, content: Self.content))
        let emptyPatch = try await harness.expectRefusal(UpdatePressRelease(pressReleaseId: id, patch: PressReleasePatch()))
        XCTAssertEqual(emptyPatch.code, .invalid)
        try await harness.expectSuccess(TransitionPressRelease(pressReleaseId: id, to: .approved))
        let late = try await harness.expectRefusal(UpdatePressRelease(pressReleaseId: id, patch: PressReleasePatch(titleLt: "Kita")))
        XCTAssertEqual(late.code, .conflict)
        let title = try await harness.row("SELECT titleLt FROM pressReleases WHERE id = ?", [id.uuidString])?["titleLt"]
        XCTAssertEqual(title, "Bibliotekoje – nauja paroda")
    }
}
