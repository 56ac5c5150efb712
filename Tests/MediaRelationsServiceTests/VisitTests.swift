import Foundation
import MediaRelationsService
import MessageSchema
import XCTest

/// Journalists' visits: requested → confirmed → held, or cancelled.
final class VisitTests: MediaRelationsTestCase {
    static let date = Timestamp.parse("2026-12-03T11:00")!

    func testRequestedConfirmedHeld() async throws {
        let harness = try makeHarness()
        let journalist = try await harness.journalist()
        let id = UUID()
        try await harness.expectSuccess(
            RequestVisit(
                visitId: id,
                details: VisitDetails(date: Self.date, journalistId: journalist, purpose: " Reportažas apie fondus ", host: "Ona Petraitė")))
        try await harness.expectSuccess(TransitionVisit(visitId: id, to: .confirmed))
        try await harness.expectSuccess(TransitionVisit(visitId: id, to: .held))
        let row = try await harness.row("SELECT * FROM visits WHERE id = ?", [id.uuidString])
        XCTAssertEqual(row?["status"], "held")
        XCTAssertEqual(row?["purpose"], "Reportažas apie fondus")
        let outbox = try await harness.outbox()
        let requested = try outbox.first { $0.type == VisitRequested.type }!.decodePayload(VisitRequested.self)
        XCTAssertEqual(requested.details.date, Self.date)
        XCTAssertEqual(
            try outbox.filter { $0.type == VisitStatusChanged.type }.map { try $0.decodePayload(VisitStatusChanged.self).status },
            [.confirmed, .held])
        let cancel = try await harness.expectRefusal(TransitionVisit(visitId: id, to: .cancelled))
        XCTAssertEqual(cancel.code, .illegalTransition)
    }

    func testCancelledWithReasonAndNotHeldUnconfirmed() async throws {
        let harness = try makeHarness()
        let journalist = try await harness.journalist()
        let id = UUID()
        try await harness.expectSuccess(
            RequestVisit(
                visitId: id, details: VisitDetails(date: Self.date, journalistId: journalist, purpose: "Interviu", host: "Direktorius")))
        let early = try await harness.expectRefusal(TransitionVisit(visitId: id, to: .held))
        XCTAssertEqual(early.code, .illegalTransition)
        try await harness.expectSuccess(TransitionVisit(visitId: id, to: .cancelled, reason: "Žurnalistė serga"))
        let row = try await harness.row("SELECT * FROM visits WHERE id = ?", [id.uuidString])
        XCTAssertEqual(row?["status"], "cancelled")
        XCTAssertEqual(row?["cancelReason"], "Žurnalistė serga")
        let again = try await harness.expectRefusal(TransitionVisit(visitId: id, to: .confirmed))
        XCTAssertEqual(again.code, .illegalTransition)
    }

    func testVisitNeedsAKnownJournalistPurposeAndHost() async throws {
        let harness = try makeHarness()
        let unknown = try await harness.expectRefusal(
            RequestVisit(
                details: VisitDetails(date: Self.date, journalistId: UUID(), purpose: "Interviu", host: "Ona")))
        XCTAssertEqual(unknown.code, .notFound)
        let museum = try await harness.journalist("Muziejus", kind: .museum)
        let notJournalist = try await harness.expectRefusal(
            RequestVisit(
                details: VisitDetails(date: Self.date, journalistId: museum, purpose: "Interviu", host: "Ona")))
        XCTAssertEqual(notJournalist.details?["field"], "journalistId")
        let journalist = try await harness.journalist()
        let noPurpose = try await harness.expectRefusal(
            RequestVisit(
                details: VisitDetails(date: Self.date, journalistId: journalist, purpose: "", host: "Ona")))
        XCTAssertEqual(noPurpose.details?["field"], "purpose")
        let noHost = try await harness.expectRefusal(
            RequestVisit(
                details: VisitDetails(date: Self.date, journalistId: journalist, purpose: "Interviu", host: " ")))
        XCTAssertEqual(noHost.details?["field"], "host")
        let unknownVisit = try await harness.expectRefusal(TransitionVisit(visitId: UUID(), to: .confirmed))
        XCTAssertEqual(unknownVisit.code, .notFound)
        let visits = try await harness.count("visits")
        XCTAssertEqual(visits, 0)
    }
}
