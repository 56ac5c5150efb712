import Foundation
import Logging
import MessageSchema
import XCTest

@testable import SurveysService

/// Open surveys close by themselves at their `closesAt`.
final class SurveyCloserTests: SurveysTestCase {
    func testOpenSurveysPastTheirClosingTimeAreClosedOnce() async throws {
        let harness = try makeHarness()
        let closesAt = Date().addingTimeInterval(3_600)
        let due = try await harness.survey(details: Sample.details("Baigsis", closesAt: closesAt))
        let later = try await harness.survey(details: Sample.details("Vėliau", closesAt: closesAt.addingTimeInterval(86_400)))
        let endless = try await harness.survey(details: Sample.details("Be pabaigos"))
        let draft = try await harness.survey(.draft, details: Sample.details("Juodraštis", closesAt: closesAt))
        let closer = SurveyCloser(database: harness.database, logger: Logger(label: "surveys-tests")) {}

        let before = try await closer.closeDue(now: closesAt.addingTimeInterval(-1))
        XCTAssertEqual(before, 0)
        let closed = try await closer.closeDue(now: closesAt)
        XCTAssertEqual(closed, 1)
        let again = try await closer.closeDue(now: closesAt.addingTimeInterval(60))
        XCTAssertEqual(again, 0)

        let messages = try await harness.published(SurveyClosed.self)
        XCTAssertEqual(messages, [SurveyClosed(surveyId: due)])
        let statuses = try await harness.read { db in
            try Dictionary(
                uniqueKeysWithValues: [due, later, endless, draft].map { id in
                    (id, try String.fetchOne(db, sql: "SELECT status FROM surveys WHERE id = ?", arguments: [id.uuidString]) ?? "")
                })
        }
        XCTAssertEqual(statuses, [due: "closed", later: "open", endless: "open", draft: "draft"])
    }
}
