import EventsService
import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// Who approved an event in the Events Council: the command's actor is in
/// the events table and on every message of the command.
final class ActorTests: EventsTestCase {
    let councilMember = Actor(accountId: UUID(uuidString: "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B"), name: "Rūta Vaitkienė")

    func testApprovalKeepsWhoApprovedAndWhenInTheTableAndOnTheMessage() async throws {
        let harness = try makeHarness()
        let id = try await harness.event(in: .proposed)
        try await harness.expectSuccess(TransitionEvent(eventId: id, to: .approved), actor: councilMember)

        let outbox = try await harness.outbox()
        let approved = try XCTUnwrap(outbox.last)
        XCTAssertEqual(approved.type, EventApproved.type)
        XCTAssertEqual(approved.actor, councilMember)
        let stored = try await harness.row(
            "SELECT approvedByAccountId, approvedByName, approvedAt FROM events WHERE id = ?", [id.uuidString])
        let row = try XCTUnwrap(stored)
        XCTAssertEqual(row["approvedByAccountId"], "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B")
        XCTAssertEqual(row["approvedByName"], "Rūta Vaitkienė")
        let eventId = id.uuidString
        let approvedAt = try await harness.read { db in
            try Date.fetchOne(db, sql: "SELECT approvedAt FROM events WHERE id = ?", arguments: [eventId])
        }
        XCTAssertEqual(approvedAt.map(Timestamp.format), Timestamp.format(approved.occurredAt))
    }

    func testATokenActsWithoutAnAccountAndEveryMessageOfTheCommandCarriesIt() async throws {
        let harness = try makeHarness()
        let token = Actor(name: "renginiu-sistema")
        let id = UUID()
        try await harness.expectSuccess(ProposeEvent(eventId: id, details: Sample.details()), actor: token)
        try await harness.expectSuccess(TransitionEvent(eventId: id, to: .approved), actor: token)

        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.map(\.type), [EventProposed.type, EventApproved.type])
        XCTAssertEqual(outbox.map(\.actor), [token, token])
        let stored = try await harness.row("SELECT approvedByAccountId, approvedByName FROM events WHERE id = ?", [id.uuidString])
        let row = try XCTUnwrap(stored)
        XCTAssertNil(row["approvedByAccountId"])
        XCTAssertEqual(row["approvedByName"], "renginiu-sistema")
    }

    func testACommandWithoutAnActorStillApprovesAndRecordsNobody() async throws {
        let harness = try makeHarness()
        let id = try await harness.event(in: .approved)
        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.map(\.actor), [nil, nil])
        let stored = try await harness.row(
            "SELECT status, approvedByName, approvedAt FROM events WHERE id = ?", [id.uuidString])
        let row = try XCTUnwrap(stored)
        XCTAssertEqual(row["status"], "approved")
        XCTAssertNil(row["approvedByName"])
        XCTAssertNotNil(row["approvedAt"])
    }
}
