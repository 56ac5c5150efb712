import CampaignsService
import Foundation
import MessageSchema
import XCTest

/// What a campaign's description must be, and changes to it.
final class CampaignValidationTests: CampaignsTestCase {
    func testBadDescriptionsAreRefusedNamingTheField() async throws {
        let harness = try makeHarness()
        var cases: [(CampaignDetails, String)] = []
        var details = Sample.campaign()
        details.nameLt = "  "
        cases.append((details, "nameLt"))
        details = Sample.campaign()
        details.goal = ""
        cases.append((details, "goal"))
        cases.append((Sample.campaign(starts: "2026-02-30"), "startsOn"))
        cases.append((Sample.campaign(ends: "31.01.2027"), "endsOn"))
        cases.append((Sample.campaign(starts: "2027-02-01", ends: "2027-01-31"), "endsOn"))
        cases.append((Sample.campaign(plannedCents: -1), "budgetPlannedEur"))
        cases.append((Sample.campaign(spentCents: -100), "budgetSpentEur"))
        cases.append((Sample.campaign(objectiveId: UUID()), "objectiveId"))
        for (details, field) in cases {
            let failure = try await harness.expectRefusal(CreateCampaign(details: details))
            XCTAssertEqual(failure.code, .invalid, field)
            XCTAssertEqual(failure.details?["field"], field, failure.message)
        }
        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.count, 0)
    }

    func testOneDayCampaignAndOverspendingAreAllowed() async throws {
        let harness = try makeHarness()
        let id = try await harness.campaign(in: .running, Sample.campaign(starts: "2026-12-01", ends: "2026-12-01"))
        try await harness.expectSuccess(UpdateCampaign(campaignId: id, patch: CampaignPatch(budgetSpentCents: 200_000)))
        let outbox = try await harness.outbox()
        let updated = try XCTUnwrap(outbox.last).decodePayload(CampaignUpdated.self)
        XCTAssertEqual(updated.details.budgetSpentCents, 200_000)
        XCTAssertEqual(updated.details.budgetPlannedCents, 150_000)
    }

    func testPatchChangesOnlyWhatItNamesAndIsNormalised() async throws {
        let harness = try makeHarness()
        let id = try await harness.campaign()
        try await harness.expectSuccess(
            UpdateCampaign(
                campaignId: id,
                patch: CampaignPatch(nameLt: " Vasaros skaitymai ", clearNameEn: true, channels: [.radioTV, .radioTV, .print])))
        let outbox = try await harness.outbox()
        let updated = try XCTUnwrap(outbox.last).decodePayload(CampaignUpdated.self)
        XCTAssertEqual(updated.details.nameLt, "Vasaros skaitymai")
        XCTAssertNil(updated.details.nameEn)
        XCTAssertEqual(updated.details.channels, [.radioTV, .print])
        XCTAssertEqual(updated.details.goal, "Pritraukti naujų skaitytojų")
    }

    func testBadChangesAreRefused() async throws {
        let harness = try makeHarness()
        let id = try await harness.campaign()
        let negative = try await harness.expectRefusal(UpdateCampaign(campaignId: id, patch: CampaignPatch(budgetSpentCents: -1)))
        XCTAssertEqual(negative.details?["field"], "budgetSpentEur")
        let backwards = try await harness.expectRefusal(UpdateCampaign(campaignId: id, patch: CampaignPatch(endsOn: "2026-11-30")))
        XCTAssertEqual(backwards.details?["field"], "endsOn")
        let empty = try await harness.expectRefusal(UpdateCampaign(campaignId: id, patch: CampaignPatch()))
        XCTAssertEqual(empty.code, .invalid)
        let completed = try await harness.campaign(in: .completed)
        let late = try await harness.expectRefusal(UpdateCampaign(campaignId: completed, patch: CampaignPatch(goal: "Kitas")))
        XCTAssertEqual(late.code, .conflict)
    }

    func testObjectivesOfTheMarketingPlan() async throws {
        let harness = try makeHarness()
        let objective = MarketingObjective(id: UUID(), year: 2026, title: "  Jaunimo skaitymas ", description: " ")
        let added = try await harness.expectSuccess(AddMarketingObjective(objective: objective))
        XCTAssertEqual(added.title, "Jaunimo skaitymas")
        XCTAssertNil(added.description)
        let id = try await harness.campaign(in: .draft, Sample.campaign(objectiveId: objective.id))
        let created = try await harness.outbox().first { $0.type == CampaignCreated.type }.map { try $0.decodePayload(CampaignCreated.self) }
        XCTAssertEqual(created?.details.objectiveId, objective.id)
        XCTAssertEqual(created?.campaignId, id)

        let noTitle = try await harness.expectRefusal(AddMarketingObjective(objective: MarketingObjective(id: UUID(), year: 2026, title: "")))
        XCTAssertEqual(noTitle.details?["field"], "title")
        let badYear = try await harness.expectRefusal(AddMarketingObjective(objective: MarketingObjective(id: UUID(), year: 1900, title: "X")))
        XCTAssertEqual(badYear.details?["field"], "year")
        let twice = try await harness.expectRefusal(AddMarketingObjective(objective: objective))
        XCTAssertEqual(twice.code, .conflict)
    }
}
