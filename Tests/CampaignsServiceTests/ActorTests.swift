import CampaignsService
import Foundation
import MessageSchema
import XCTest

/// Who reviewed a submission: the command's actor is in the submissions
/// table and on the message; the last review wins.
final class ActorTests: CampaignsTestCase {
    let first = Actor(accountId: UUID(uuidString: "1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D"), name: "Eglė Kazlauskienė")
    let second = Actor(name: "turinio-sistema")

    func testEachReviewKeepsWhoReviewedAndWhen() async throws {
        let harness = try makeHarness()
        let id = UUID()
        try await harness.expectSuccess(SubmitContent(submissionId: id, content: Sample.content()))
        try await harness.expectSuccess(
            ReviewSubmission(submissionId: id, decision: .requestChanges, comment: "Trumpiau"), actor: first)
        XCTAssertEqual(try harness.text("SELECT reviewedByName FROM submissions WHERE id = ?", [id.uuidString]), "Eglė Kazlauskienė")
        XCTAssertEqual(
            try harness.text("SELECT reviewedByAccountId FROM submissions WHERE id = ?", [id.uuidString]),
            "1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D")

        try await harness.expectSuccess(ResubmitContent(submissionId: id, content: Sample.content(title: "Trumpiau")))
        try await harness.expectSuccess(ReviewSubmission(submissionId: id, decision: .approve), actor: second)

        let stored = try await harness.row(
            "SELECT status, reviewedByAccountId, reviewedByName, reviewedAt FROM submissions WHERE id = ?",
            [id.uuidString])
        let row = try XCTUnwrap(stored)
        XCTAssertEqual(row["status"], "approved")
        XCTAssertNil(row["reviewedByAccountId"])
        XCTAssertEqual(row["reviewedByName"], "turinio-sistema")
        XCTAssertNotNil(row["reviewedAt"])
        let reviews = try await harness.outbox().filter { $0.type == SubmissionReviewed.type }
        XCTAssertEqual(reviews.map(\.actor), [first, second])
    }
}
