import BrandService
import Foundation
import GRDB
import MessageSchema
import XCTest

/// Warnings once per licence or consent within the warning period; expired
/// rights withdraw the asset from use, once.
final class ExpiryTests: BrandTestCase {
    func testALicenceExpiringWithinThePeriodIsWarnedOfAtOnceAndOnlyOnce() async throws {
        let harness = try makeHarness(warningDays: 30)
        let id = try await harness.approvedAsset("Parodos nuotrauka")
        let expiresOn = Sample.today(plus: 5)
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "UAB „Fotografija“", terms: "Tik spaudai", expiresOn: expiresOn))
        let warnings = try await harness.published(AssetExpiryWarning.self)
        XCTAssertEqual(
            warnings,
            [
                AssetExpiryWarning(
                    assetId: id, assetTitle: "Parodos nuotrauka", kind: .licence, holder: "UAB „Fotografija“",
                    expiresOn: expiresOn.date, daysLeft: 5)
            ])

        let again = try await harness.expectSuccess(CheckExpiries())
        XCTAssertEqual(again.warnings, 0)
        let later = try await harness.expectSuccess(CheckExpiries(asOf: Sample.today(plus: 3)))
        XCTAssertEqual(later.warnings, 0)
        let count = try await harness.published(AssetExpiryWarning.self).count
        XCTAssertEqual(count, 1)
    }

    func testALicenceBeyondThePeriodIsWarnedOfWhenTheCheckReachesIt() async throws {
        let harness = try makeHarness(warningDays: 10)
        let id = try await harness.approvedAsset()
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "Autorius", terms: "Visi naudojimai", expiresOn: Sample.day("2030-06-30")))
        let early = try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2030-06-19")))
        XCTAssertEqual(early.warnings, 0)
        let due = try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2030-06-20")))
        XCTAssertEqual(due, ExpiryCheckOutcome(asOf: Sample.day("2030-06-20"), warnings: 1, withdrawn: 0))
        let warning = try await harness.published(AssetExpiryWarning.self).first
        XCTAssertEqual(warning?.daysLeft, 10)
        XCTAssertEqual(CalendarDay(utc: warning!.expiresOn), Sample.day("2030-06-30"))
    }

    func testAnExpiredLicenceWithdrawsTheAssetOnce() async throws {
        let harness = try makeHarness()
        let id = try await harness.approvedAsset("Logotipas")
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "Dizaineris", terms: "Iki 2030 m.", expiresOn: Sample.day("2030-12-31")))
        let lastDay = try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2030-12-31")))
        XCTAssertEqual(lastDay.withdrawn, 0)
        let statusOnLastDay = try await harness.status(of: id)
        XCTAssertEqual(statusOnLastDay, "approved")

        let after = try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2031-01-01")))
        XCTAssertEqual(after.withdrawn, 1)
        let status = try await harness.status(of: id)
        XCTAssertEqual(status, "withdrawn")
        let withdrawn = try await harness.published(AssetWithdrawn.self)
        XCTAssertEqual(withdrawn.map(\.assetId), [id])
        XCTAssertTrue(withdrawn[0].reason.contains("2030-12-31"), withdrawn[0].reason)

        let again = try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2031-02-01")))
        XCTAssertEqual(again.withdrawn, 0)
        let count = try await harness.published(AssetWithdrawn.self).count
        XCTAssertEqual(count, 1)
    }

    func testAnExpiredConsentWithdrawsTheAssetAndItsWarningNamesThePerson() async throws {
        let harness = try makeHarness(warningDays: 30)
        let id = try await harness.approvedAsset("Renginio nuotrauka")
        try await harness.expectSuccess(RecordConsent(assetId: id, person: "Ona Žemaitytė", expiresOn: Sample.day("2030-03-31")))
        try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2030-03-15")))
        let warning = try await harness.published(AssetExpiryWarning.self).first
        XCTAssertEqual(warning?.kind, .consent)
        XCTAssertEqual(warning?.holder, "Ona Žemaitytė")
        XCTAssertEqual(warning?.daysLeft, 16)
        let after = try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2030-04-01")))
        XCTAssertEqual(after.withdrawn, 1)
        let reason = try await harness.published(AssetWithdrawn.self).first?.reason ?? ""
        XCTAssertTrue(reason.contains("Ona Žemaitytė"), reason)
    }

    func testAnotherLicenceInForceKeepsTheAssetInUse() async throws {
        let harness = try makeHarness()
        let id = try await harness.approvedAsset()
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "Senas", terms: "Senos sąlygos", expiresOn: Sample.day("2030-01-31")))
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "Naujas", terms: "Neterminuota", expiresOn: nil))
        let outcome = try await harness.expectSuccess(CheckExpiries(asOf: Sample.day("2030-02-01")))
        XCTAssertEqual(outcome.withdrawn, 0)
        let status = try await harness.status(of: id)
        XCTAssertEqual(status, "approved")
    }

    func testAWithdrawnAssetIsApprovedAgainOnlyWithRightsInForce() async throws {
        let harness = try makeHarness()
        let id = try await harness.approvedAsset()
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "Agentūra", terms: "Vieneri metai", expiresOn: Sample.today(plus: -1)))
        let status = try await harness.status(of: id)
        XCTAssertEqual(status, "withdrawn", "recording an already expired licence withdraws at once")
        let refused = try await harness.expectRefusal(ReviewAsset(assetId: id, decision: .approve))
        XCTAssertEqual(refused.code, .conflict)
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "Agentūra", terms: "Pratęsta", expiresOn: Sample.today(plus: 365)))
        let approved = try await harness.expectSuccess(ReviewAsset(assetId: id, decision: .approve))
        XCTAssertEqual(approved.status, .approved)
    }

    func testRejectedAssetsAreNotWarnedOf() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        try await harness.expectSuccess(ReviewAsset(assetId: id, decision: .reject, reason: "Netinka"))
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "A", terms: "B", expiresOn: Sample.today(plus: 2)))
        let warnings = try await harness.published(AssetExpiryWarning.self)
        XCTAssertTrue(warnings.isEmpty)
    }

    func testRightsNeedAHolderTermsAndAPerson() async throws {
        let harness = try makeHarness()
        let id = try await harness.asset()
        let holder = try await harness.expectRefusal(RecordLicence(assetId: id, holder: " ", terms: "B", expiresOn: nil))
        XCTAssertEqual(holder.details?["field"], "holder")
        let terms = try await harness.expectRefusal(RecordLicence(assetId: id, holder: "A", terms: "", expiresOn: nil))
        XCTAssertEqual(terms.details?["field"], "terms")
        let person = try await harness.expectRefusal(RecordConsent(assetId: id, person: "", expiresOn: nil))
        XCTAssertEqual(person.details?["field"], "person")
        let licenceId = UUID()
        try await harness.expectSuccess(RecordLicence(assetId: id, licenceId: licenceId, holder: "A", terms: "B", expiresOn: nil))
        let duplicate = try await harness.expectRefusal(RecordLicence(assetId: id, licenceId: licenceId, holder: "A", terms: "B", expiresOn: nil))
        XCTAssertEqual(duplicate.code, .conflict)
    }

    func testTheWarningPeriodComesFromTheEnvironment() throws {
        XCTAssertEqual(try BrandCommandHandler.warningDays(from: [:]), 30)
        XCTAssertEqual(try BrandCommandHandler.warningDays(from: ["KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS": "7"]), 7)
        XCTAssertThrowsError(try BrandCommandHandler.warningDays(from: ["KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS": "savaitė"]))
        XCTAssertThrowsError(try BrandCommandHandler.warningDays(from: ["KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS": "-1"]))
    }

    func testDaysReadAndWriteAsCalendarDays() {
        XCTAssertEqual(CalendarDay("2028-02-29")?.description, "2028-02-29")
        XCTAssertNil(CalendarDay("2027-02-29"))
        XCTAssertNil(CalendarDay("2027-13-01"))
        XCTAssertNil(CalendarDay("27-01-01"))
        XCTAssertEqual(Sample.day("2026-12-31").adding(days: 1).description, "2027-01-01")
        XCTAssertEqual(Sample.day("2026-11-25").days(until: Sample.day("2026-11-30")), 5)
        // 23:30 UTC on 31 December is already 1 January in Vilnius.
        XCTAssertEqual(CalendarDay(vilnius: Timestamp.parse("2026-12-31T23:30:00Z")!).description, "2027-01-01")
    }
}
