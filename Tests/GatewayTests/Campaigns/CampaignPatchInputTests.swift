import Foundation
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayCampaigns
@testable import GatewayKit

/// `PATCH /api/v1/campaigns/{id}` bodies: absent fields stay, `null` removes
/// the optional ones, euros become cents.
final class CampaignPatchInputTests: XCTestCase {
    private func patch(_ json: String, current: CampaignDetails? = nil) throws -> CampaignPatch {
        try JSONDecoder().decode(CampaignPatchInput.self, from: Data(json.utf8)).validated(current: current)
    }

    func testNullRemovesAbsentKeepsAndEurosBecomeCents() throws {
        let cleared = try patch(#"{"nameEn":null,"objectiveId":null,"budgetSpentEur":1600.5}"#)
        XCTAssertEqual(cleared.clearNameEn, true)
        XCTAssertEqual(cleared.clearObjective, true)
        XCTAssertEqual(cleared.budgetSpentCents, 160_050)
        XCTAssertNil(cleared.nameLt)
        let applied = cleared.applied(to: CampaignSample.details(objectiveId: UUID()))
        XCTAssertNil(applied.nameEn)
        XCTAssertNil(applied.objectiveId)
        XCTAssertEqual(applied.nameLt, "Žiemos skaitymai")

        let kept = try patch(#"{"goal":"Naujas tikslas"}"#)
        XCTAssertNil(kept.clearNameEn)
        XCTAssertNil(kept.clearObjective)
    }

    func testPeriodIsCheckedAgainstTheCurrentOne() throws {
        XCTAssertThrowsError(try patch(#"{"endsOn":"2026-11-01"}"#, current: CampaignSample.details())) { error in
            XCTAssertEqual((error as? Problem)?.status, .unprocessableContent)
        }
        XCTAssertNoThrow(try patch(#"{"endsOn":"2026-12-01"}"#, current: CampaignSample.details()))
    }
}
