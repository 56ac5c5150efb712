import Foundation
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

final class EventQueryTests: XCTestCase {
    /// Five events on 1–5 December 2026, 10:00–12:00, alternating types; the
    /// 2nd approved, the 4th cancelled.
    private func december() throws -> (ReadModelFixture, [UUID]) {
        let fixture = try ReadModelFixture()
        var ids: [UUID] = []
        for day in 1...5 {
            let id = UUID()
            ids.append(id)
            let type: EventType = day.isMultiple(of: 2) ? .conference : .exhibition
            try fixture.apply(
                EventProposed(
                    eventId: id,
                    details: Sample.details("Renginys \(day)", type: type, starts: "2026-12-0\(day)T10:00", ends: "2026-12-0\(day)T12:00")))
        }
        try fixture.apply(EventApproved(eventId: ids[1]))
        try fixture.apply(EventCancelled(eventId: ids[3], reason: nil))
        return (fixture, ids)
    }

    private func page(_ fixture: ReadModelFixture, _ filter: EventFilter, _ page: Page = Page()) throws -> EventPage {
        try fixture.read { try EventsQueries.events(filter, page: page, in: $0) }
    }

    func testTimeFilterSelectsOverlappingEvents() throws {
        let (fixture, ids) = try december()
        // [2 Dec 11:00, 4 Dec 10:00): the 2nd overlaps its end, the 3rd lies inside, the 4th starts at `to`.
        let result = try page(fixture, EventFilter(from: Sample.date("2026-12-02T11:00"), to: Sample.date("2026-12-04T10:00")))
        XCTAssertEqual(result.items.map(\.id), [ids[1], ids[2]])
        XCTAssertEqual(result.total, 2)
        // An event ending exactly at `from` does not overlap.
        XCTAssertEqual(try page(fixture, EventFilter(from: Sample.date("2026-12-05T12:00"))).total, 0)
        XCTAssertEqual(try page(fixture, EventFilter(from: Sample.date("2026-12-05T11:59"))).items.map(\.id), [ids[4]])
    }

    func testTypeAndStatusFilters() throws {
        let (fixture, ids) = try december()
        XCTAssertEqual(try page(fixture, EventFilter(types: [.conference])).items.map(\.id), [ids[1], ids[3]])
        XCTAssertEqual(try page(fixture, EventFilter(statuses: [.approved, .cancelled])).items.map(\.id), [ids[1], ids[3]])
        XCTAssertEqual(try page(fixture, EventFilter(types: [.exhibition], statuses: [.proposed])).items.map(\.id), [ids[0], ids[2], ids[4]])
        XCTAssertEqual(try page(fixture, EventFilter(types: [.liveBroadcast])).total, 0)
    }

    func testPaginationReportsTheTotal() throws {
        let (fixture, ids) = try december()
        let first = try page(fixture, EventFilter(), Page(limit: 2, offset: 0))
        XCTAssertEqual(first.items.map(\.id), [ids[0], ids[1]])
        XCTAssertEqual(first.total, 5)
        let last = try page(fixture, EventFilter(), Page(limit: 2, offset: 4))
        XCTAssertEqual(last.items.map(\.id), [ids[4]])
        XCTAssertEqual(last.total, 5)
        XCTAssertEqual(try page(fixture, EventFilter(), Page(limit: 2, offset: 10)).items, [])
        XCTAssertEqual(Page(limit: 10_000).limit, 500)
        XCTAssertEqual(Page().limit, 50)
    }

    func testCalendarShowsScheduledHeldAndCancelledAfterScheduling() throws {
        let fixture = try ReadModelFixture()
        let (proposed, scheduled, held, cancelledEarly, cancelledLate) = (UUID(), UUID(), UUID(), UUID(), UUID())
        for id in [proposed, scheduled, held, cancelledEarly, cancelledLate] {
            try fixture.apply(EventProposed(eventId: id, details: Sample.details("Renginys")))
        }
        for id in [scheduled, held, cancelledLate] {
            try fixture.apply(EventApproved(eventId: id))
            try fixture.apply(EventScheduled(eventId: id, details: Sample.details("Renginys")))
        }
        try fixture.apply(EventHeld(eventId: held, eventType: .exhibition))
        try fixture.apply(EventCancelled(eventId: cancelledEarly, reason: nil))
        try fixture.apply(EventCancelled(eventId: cancelledLate, reason: "Oras"))
        let shown = Set(try fixture.read { try EventsQueries.calendarEvents(in: $0) }.map(\.id))
        XCTAssertEqual(shown, [scheduled, held, cancelledLate])
    }
}
