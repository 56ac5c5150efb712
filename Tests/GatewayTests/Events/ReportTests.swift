import Foundation
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

final class ReportTests: XCTestCase {
    private func register(_ fixture: ReadModelFixture, _ eventId: UUID, accepted: Int, waitlisted: Int = 0) throws {
        for _ in 0..<accepted {
            try fixture.apply(RegistrationAccepted(registrationId: UUID(), eventId: eventId, attendee: Sample.attendee("A"), registeredAt: Date()))
        }
        for position in 0..<waitlisted {
            try fixture.apply(
                RegistrationWaitlisted(
                    registrationId: UUID(), eventId: eventId, attendee: Sample.attendee("W"), registeredAt: Date(),
                    position: position + 1))
        }
    }

    private func event(
        _ fixture: ReadModelFixture, _ title: String, type: EventType = .exhibition, starts: String, capacity: Int? = nil,
        planItemId: UUID? = nil, status: EventStatus = .scheduled
    ) throws -> UUID {
        let id = UUID()
        let ends = String(starts.prefix(11)) + "23:59"
        let details = Sample.details(title, type: type, starts: starts, ends: ends, capacity: capacity, planItemId: planItemId)
        try fixture.apply(EventProposed(eventId: id, details: details))
        if status == .cancelled {
            try fixture.apply(EventCancelled(eventId: id, reason: nil))
            return id
        }
        try fixture.apply(EventApproved(eventId: id))
        try fixture.apply(EventScheduled(eventId: id, details: details))
        if status == .held { try fixture.apply(EventHeld(eventId: id, eventType: type)) }
        return id
    }

    func testDemandPerTypeAndMonth() throws {
        let fixture = try ReadModelFixture()
        let small = try event(fixture, "Maža paroda", starts: "2026-03-10T10:00", capacity: 2)
        let large = try event(fixture, "Didelė paroda", starts: "2026-03-20T10:00", capacity: 10)
        let open = try event(fixture, "Konferencija", type: .conference, starts: "2026-05-05T10:00")
        let cancelled = try event(fixture, "Atšaukta", type: .conference, starts: "2026-05-06T10:00", capacity: 5, status: .cancelled)
        let nextYear = try event(fixture, "Kitų metų", starts: "2027-01-10T10:00", capacity: 5)
        // 00:30 on 1 April in Vilnius is still 31 March in UTC: it counts for April.
        let midnight = try event(fixture, "Pamoka", type: .educationalAction, starts: "2026-04-01T00:30", capacity: 4)
        try register(fixture, small, accepted: 2, waitlisted: 2)
        try register(fixture, large, accepted: 3)
        try register(fixture, open, accepted: 1)
        try register(fixture, cancelled, accepted: 1)
        try register(fixture, nextYear, accepted: 5)
        try register(fixture, midnight, accepted: 1)

        let report = try fixture.read { try EventsQueries.demand(year: 2026, in: $0) }
        XCTAssertEqual(report.byType.map(\.key), EventType.allCases.map(\.rawValue))
        let exhibitions = try XCTUnwrap(report.byType.first { $0.key == "exhibition" })
        XCTAssertEqual(exhibitions.events, 2)
        XCTAssertEqual(exhibitions.capacity, 12)
        XCTAssertEqual(exhibitions.accepted, 5)
        XCTAssertEqual(exhibitions.waitlisted, 2)
        XCTAssertEqual(try XCTUnwrap(exhibitions.fillRate), 5.0 / 12.0, accuracy: 1e-9)
        let conferences = try XCTUnwrap(report.byType.first { $0.key == "conference" })
        XCTAssertEqual(conferences.events, 1)
        XCTAssertEqual(conferences.accepted, 1)
        XCTAssertNil(conferences.fillRate)

        XCTAssertEqual(report.byMonth.map(\.key).first, "2026-01")
        XCTAssertEqual(report.byMonth.count, 12)
        XCTAssertEqual(report.byMonth.map(\.events), [0, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(report.byMonth[3].key, "2026-04")
        XCTAssertEqual(try XCTUnwrap(report.byMonth[3].fillRate), 0.25, accuracy: 1e-9)
        XCTAssertEqual(report.total.events, 4)
        XCTAssertEqual(report.total.capacity, 16)
        XCTAssertEqual(report.total.accepted, 7)
        XCTAssertEqual(report.total.waitlisted, 2)
        XCTAssertEqual(try XCTUnwrap(report.total.fillRate), 6.0 / 16.0, accuracy: 1e-9)
    }

    func testPlanExecutionPerQuarter() throws {
        let fixture = try ReadModelFixture()
        let fair = PlanItem(id: UUID(), year: 2026, title: "Knygų mugė", type: .fairParticipation, quarter: 1, organisingUnit: "KS")
        let lecture = PlanItem(id: UUID(), year: 2026, title: "Paskaita", type: .educationalAction, quarter: 1, organisingUnit: "KS")
        let summer = PlanItem(id: UUID(), year: 2026, title: "Vasaros paroda", type: .exhibition, quarter: 2, organisingUnit: "KS")
        let other = PlanItem(id: UUID(), year: 2025, title: "Pernai", type: .exhibition, quarter: 1, organisingUnit: "KS")
        for item in [fair, lecture, summer, other] { try fixture.apply(PlanItemAdded(item: item)) }

        let fairHeld = try event(fixture, "Knygų mugė", type: .fairParticipation, starts: "2026-02-20T10:00", planItemId: fair.id, status: .held)
        let fairNext = try event(fixture, "Knygų mugė II", type: .fairParticipation, starts: "2026-02-27T10:00", planItemId: fair.id)
        // Planned for the 2nd quarter, held late in the 3rd.
        let summerHeld = try event(fixture, "Vasaros paroda", starts: "2026-07-01T10:00", planItemId: summer.id, status: .held)
        _ = try event(fixture, "Neplanuota", starts: "2026-03-03T10:00", status: .held)
        _ = try event(fixture, "Pernykštė", starts: "2025-03-03T10:00", planItemId: other.id, status: .held)

        let report = try fixture.read { try EventsQueries.plan(year: 2026, in: $0) }
        XCTAssertEqual(report.items.map(\.item.id), [fair, lecture, summer].map(\.id))
        XCTAssertEqual(report.items.map(\.executed), [true, false, true])
        XCTAssertEqual(report.items[0].events.map(\.id), [fairHeld, fairNext])
        XCTAssertEqual(report.items[2].events.map(\.id), [summerHeld])

        let quarters = report.quarters
        XCTAssertEqual(quarters.map(\.quarter), [1, 2, 3, 4])
        XCTAssertEqual(quarters.map(\.plannedItems), [2, 1, 0, 0])
        XCTAssertEqual(quarters.map(\.executedItems), [1, 1, 0, 0])
        XCTAssertEqual(quarters.map(\.heldEvents), [2, 0, 1, 0])
        XCTAssertEqual(quarters.map(\.heldPlannedEvents), [1, 0, 1, 0])
        XCTAssertEqual(quarters.map(\.executionRate), [0.5, 1.0, nil, nil])
    }
}
