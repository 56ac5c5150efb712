import BrandService
import Foundation
import Logging
import MessageSchema
import XCTest

/// The expiry check runs by itself when the service starts.
final class ExpiryScheduleTests: BrandTestCase {
    func testTheCheckRunsAtStart() async throws {
        let harness = try makeHarness(warningDays: 10)
        let id = try await harness.approvedAsset("Reprezentacinis plakatas")
        try await harness.expectSuccess(RecordLicence(assetId: id, holder: "Leidykla", terms: "Spaudai", expiresOn: Sample.today(plus: 20)))
        let before = try await harness.published(AssetExpiryWarning.self)
        XCTAssertTrue(before.isEmpty, "20 days ahead is beyond a 10-day period")

        // The service restarted with a 30-day period.
        let commands = BrandCommandHandler(database: harness.database, files: harness.files, warningDays: 30) {}
        let schedule = ExpirySchedule(commands: commands, interval: .seconds(3_600), logger: Logger(label: "brand-tests"))
        let running = Task { try await schedule.run() }
        defer { running.cancel() }
        var warnings: [AssetExpiryWarning] = []
        for _ in 0..<100 where warnings.isEmpty {
            try await Task.sleep(for: .milliseconds(50))
            warnings = try await harness.published(AssetExpiryWarning.self)
        }
        XCTAssertEqual(warnings.map(\.daysLeft), [20])
        XCTAssertEqual(warnings.map(\.assetId), [id])
    }
}
