import CampaignsService
import Foundation
import MessageSchema
import XCTest

/// Other units' submissions: review, the content calendar, publication;
/// nothing is published unapproved.
final class SubmissionTests: CampaignsTestCase {
    func testSubmissionGoesThroughReviewAndCalendarToPublication() async throws {
        let harness = try makeHarness()
        let id = try await harness.submission(in: .published)
        XCTAssertEqual(try harness.status(ofSubmission: id), "published")
        let outbox = try await harness.outbox()
        XCTAssertEqual(
            outbox.map(\.type),
            [
                SubmissionReceived.type, SubmissionReviewed.type, SubmissionScheduled.type, SubmissionPublished.type,
            ])
        let scheduled = try await harness.outbox()[2].decodePayload(SubmissionScheduled.self)
        XCTAssertEqual(scheduled.date, "2026-12-03")
        XCTAssertEqual(scheduled.channel, .websiteNews)
    }

    func testNothingUnapprovedIsPublished() async throws {
        let harness = try makeHarness()
        for status in [SubmissionStatus.submitted, .changesRequested, .rejected, .approved] {
            let id = try await harness.submission(in: status)
            let failure = try await harness.expectRefusal(PublishSubmission(submissionId: id))
            XCTAssertEqual(failure.code, .illegalTransition, status.rawValue)
            XCTAssertEqual(try harness.status(ofSubmission: id), status.rawValue)
        }
        let outbox = try await harness.outbox()
        XCTAssertFalse(outbox.contains { $0.type == SubmissionPublished.type })
        let published = try await harness.submission(in: .published)
        let twice = try await harness.expectRefusal(PublishSubmission(submissionId: published))
        XCTAssertEqual(twice.code, .illegalTransition)
    }

    func testOnlyApprovedSubmissionsAreScheduled() async throws {
        let harness = try makeHarness()
        for status in [SubmissionStatus.submitted, .changesRequested, .rejected, .published] {
            let id = try await harness.submission(in: status)
            let failure = try await harness.expectRefusal(
                ScheduleSubmission(submissionId: id, date: "2026-12-05", channel: .newsletter))
            XCTAssertEqual(failure.code, .illegalTransition, status.rawValue)
        }
        let scheduled = try await harness.submission(in: .scheduled)
        try await harness.expectSuccess(ScheduleSubmission(submissionId: scheduled, date: "2026-12-10", channel: .newsletter))
        XCTAssertEqual(try harness.text("SELECT scheduledOn FROM submissions WHERE id = ?", [scheduled.uuidString]), "2026-12-10")
        let badDay = try await harness.expectRefusal(ScheduleSubmission(submissionId: scheduled, date: "2026-13-01", channel: .press))
        XCTAssertEqual(badDay.details?["field"], "date")
    }

    func testRejectionNeedsAReasonAndIsFinal() async throws {
        let harness = try makeHarness()
        let id = try await harness.submission(in: .submitted)
        let noReason = try await harness.expectRefusal(ReviewSubmission(submissionId: id, decision: .reject, comment: "  "))
        XCTAssertEqual(noReason.code, .invalid)
        XCTAssertEqual(noReason.details?["field"], "comment")
        try await harness.expectSuccess(ReviewSubmission(submissionId: id, decision: .reject, comment: "Ne mūsų tema"))
        XCTAssertEqual(try harness.text("SELECT reviewComment FROM submissions WHERE id = ?", [id.uuidString]), "Ne mūsų tema")
        let again = try await harness.expectRefusal(ReviewSubmission(submissionId: id, decision: .approve))
        XCTAssertEqual(again.code, .illegalTransition)
    }

    func testChangesRequestedThenResubmittedThenApproved() async throws {
        let harness = try makeHarness()
        let id = try await harness.submission(in: .submitted)
        let noComment = try await harness.expectRefusal(ReviewSubmission(submissionId: id, decision: .requestChanges))
        XCTAssertEqual(noComment.details?["field"], "comment")
        try await harness.expectSuccess(ReviewSubmission(submissionId: id, decision: .requestChanges, comment: "Pridėkite nuotrauką"))
        let early = try await harness.expectRefusal(ReviewSubmission(submissionId: id, decision: .approve))
        XCTAssertEqual(early.code, .illegalTransition)
        let resubmitted = try await harness.expectSuccess(
            ResubmitContent(submissionId: id, content: Sample.content(title: "Naujos knygos fonde (su nuotrauka)")))
        XCTAssertEqual(resubmitted.status, .submitted)
        try await harness.expectSuccess(ReviewSubmission(submissionId: id, decision: .approve))
        XCTAssertEqual(try harness.status(ofSubmission: id), "approved")
        let received = try await harness.outbox().filter { $0.type == SubmissionReceived.type }
            .map { try $0.decodePayload(SubmissionReceived.self) }
        XCTAssertEqual(received.map(\.resubmitted), [false, true])
        XCTAssertEqual(received.last?.content.title, "Naujos knygos fonde (su nuotrauka)")
        let resubmitApproved = try await harness.expectRefusal(ResubmitContent(submissionId: id, content: Sample.content()))
        XCTAssertEqual(resubmitApproved.code, .illegalTransition)
    }

    func testBadSubmissionsAreRefusedNamingTheField() async throws {
        let harness = try makeHarness()
        var noUnit = Sample.content()
        noUnit.unit = ""
        var badDate = Sample.content()
        badDate.wishedDate = "rytoj"
        for (content, field) in [(noUnit, "unit"), (badDate, "wishedDate")] {
            let failure = try await harness.expectRefusal(SubmitContent(content: content))
            XCTAssertEqual(failure.details?["field"], field)
        }
        let unknown = try await harness.expectRefusal(ReviewSubmission(submissionId: UUID(), decision: .approve))
        XCTAssertEqual(unknown.code, .notFound)
    }
}
