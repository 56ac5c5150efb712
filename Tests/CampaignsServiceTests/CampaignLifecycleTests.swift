import CampaignsService
import Foundation
import MessageSchema
import XCTest

/// draft → approved → running → completed, or cancelled; every other move refused.
final class CampaignLifecycleTests: CampaignsTestCase {
    func testCampaignRunsItsWholeLifecycleAndAnnouncesEachStep() async throws {
        let harness = try makeHarness()
        let id = try await harness.campaign(in: .completed)
        XCTAssertEqual(try harness.status(ofCampaign: id), "completed")
        let outbox = try await harness.outbox()
        XCTAssertEqual(
            outbox.map(\.type),
            [
                CampaignCreated.type, CampaignStatusChanged.type, CampaignStatusChanged.type, CampaignStatusChanged.type,
            ])
        let moves = try outbox.dropFirst().map { try $0.decodePayload(CampaignStatusChanged.self) }
        XCTAssertEqual(moves.map(\.to), [.approved, .running, .completed])
        XCTAssertEqual(moves.map(\.from), [.draft, .approved, .running])
        let created = try outbox[0].decodePayload(CampaignCreated.self)
        XCTAssertEqual(created.details.nameLt, "Žiemos skaitymai")
        XCTAssertEqual(created.details.budgetPlannedCents, 150_000)
    }

    func testCancellingKeepsTheReason() async throws {
        let harness = try makeHarness()
        let id = try await harness.campaign(in: .running)
        try await harness.expectSuccess(TransitionCampaign(campaignId: id, to: .cancelled, reason: "  Partneris pasitraukė "))
        let outbox = try await harness.outbox()
        let last = try XCTUnwrap(outbox.last).decodePayload(CampaignStatusChanged.self)
        XCTAssertEqual(last.to, .cancelled)
        XCTAssertEqual(last.reason, "Partneris pasitraukė")
    }

    func testIllegalMovesAreRefusedAndChangeNothing() async throws {
        let harness = try makeHarness()
        let draft = try await harness.campaign(in: .draft)
        for target in [CampaignStatus.running, .completed, .draft] {
            let failure = try await harness.expectRefusal(TransitionCampaign(campaignId: draft, to: target))
            XCTAssertEqual(failure.code, .illegalTransition, "draft → \(target)")
            XCTAssertEqual(failure.details?["from"], "draft")
        }
        let completed = try await harness.campaign(in: .completed)
        let failure = try await harness.expectRefusal(TransitionCampaign(campaignId: completed, to: .cancelled))
        XCTAssertEqual(failure.code, .illegalTransition)
        XCTAssertTrue(failure.message.contains("cannot change status"), failure.message)
        let cancelled = try await harness.campaign(in: .cancelled)
        let again = try await harness.expectRefusal(TransitionCampaign(campaignId: cancelled, to: .approved))
        XCTAssertEqual(again.code, .illegalTransition)
        XCTAssertEqual(try harness.status(ofCampaign: draft), "draft")
        XCTAssertEqual(try harness.status(ofCampaign: completed), "completed")
    }

    func testUnknownCampaignIsNotFound() async throws {
        let harness = try makeHarness()
        let failure = try await harness.expectRefusal(TransitionCampaign(campaignId: UUID(), to: .approved))
        XCTAssertEqual(failure.code, .notFound)
    }

    func testSameIdTwiceIsAConflict() async throws {
        let harness = try makeHarness()
        let id = try await harness.campaign()
        let failure = try await harness.expectRefusal(CreateCampaign(campaignId: id, details: Sample.campaign("Kita")))
        XCTAssertEqual(failure.code, .conflict)
    }

    func testRetriedCommandReturnsTheFirstAnswerAndChangesNothingAgain() async throws {
        let harness = try makeHarness()
        let command = CreateCampaign(details: Sample.campaign())
        let first = try await harness.send(command, key: "same-key")
        let second = try await harness.send(command, key: "same-key")
        XCTAssertTrue(first.ok)
        XCTAssertEqual(first, second)
        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.count, 1)
    }
}
