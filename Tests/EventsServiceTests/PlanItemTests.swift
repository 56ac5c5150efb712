import EventsService
import MessageSchema
import XCTest

final class PlanItemTests: EventsTestCase {
    func testAPlanItemIsAddedThenChanged() async throws {
        let app = try makeHarness()
        let item = Sample.planItem()
        let added = try await app.expectSuccess(AddPlanItem(item: item))
        XCTAssertEqual(added, item)

        var changed = item
        changed.quarter = 3
        changed.notes = "Stendas C1"
        try await app.expectSuccess(ChangePlanItem(item: changed))

        let stored = try await app.read { db in try EventsQueries.planItem(id: item.id, in: db) }
        XCTAssertEqual(stored, changed)
        let envelopes = try await app.outbox()
        XCTAssertEqual(try envelopes[0].decodePayload(PlanItemAdded.self), PlanItemAdded(item: item))
        XCTAssertEqual(try envelopes[1].decodePayload(PlanItemChanged.self), PlanItemChanged(item: changed))
    }

    func testAddingAnIdThatExistsIsAConflictAndChangingAnUnknownOneIsNotFound() async throws {
        let app = try makeHarness()
        let item = Sample.planItem()
        try await app.expectSuccess(AddPlanItem(item: item))
        let duplicate = try await app.expectRefusal(AddPlanItem(item: item))
        XCTAssertEqual(duplicate.code, .conflict)
        let unknown = try await app.expectRefusal(ChangePlanItem(item: Sample.planItem()))
        XCTAssertEqual(unknown.code, .notFound)
    }

    func testQuarterAndYearMustBeSensible() async throws {
        let app = try makeHarness()
        let cases: [(PlanItem, String)] = [
            (Sample.planItem(quarter: 0), "item.quarter"),
            (Sample.planItem(quarter: 5), "item.quarter"),
            (Sample.planItem(year: 1999), "item.year"),
            (Sample.planItem(year: 2101), "item.year"),
        ]
        for (item, field) in cases {
            let failure = try await app.expectRefusal(AddPlanItem(item: item))
            XCTAssertEqual(failure.code, .invalid, "\(item.year) Q\(item.quarter)")
            XCTAssertEqual(failure.details?["field"], field)
        }
        let item = Sample.planItem()
        try await app.expectSuccess(AddPlanItem(item: item))
        var broken = item
        broken.quarter = 7
        let failure = try await app.expectRefusal(ChangePlanItem(item: broken))
        XCTAssertEqual(failure.code, .invalid)
    }
}
