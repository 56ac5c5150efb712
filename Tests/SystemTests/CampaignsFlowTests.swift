import Foundation
import XCTest

/// The campaigns service keeps a campaign's KPIs from the events service's
/// messages: registrations made before the event was linked count too, and
/// a cancellation lowers the count. Real processes: events, campaigns, gateway.
final class CampaignsFlowTests: XCTestCase {
    func testLinkedEventRegistrationsShowInTheCampaignKPIs() async throws {
        // Only events runs besides: the campaigns service consumes only it here.
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_GATEWAY_SOURCES": "events,campaigns", "KOMUNIKA_CAMPAIGNS_SOURCES": "events",
        ])
        defer { system.stopAll() }
        try system.start("komunika-events")
        try system.start("komunika-campaigns")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let http = system.http

        let event = try await http.send(
            .post, "/api/v1/events",
            json: Fixtures.event(title: "Žiemos skaitymų vakaras", day: 3, capacity: 2, hall: "Didžioji salė"))
        XCTAssertEqual(event.status, 201, event.text)
        let eventId = try XCTUnwrap(event.json?["id"] as? String)
        for status in ["approved", "scheduled"] {
            let moved = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }
        let early = try await http.send(.post, "/api/v1/events/\(eventId)/registrations", json: Fixtures.attendee(1))
        XCTAssertEqual(early.status, 201, early.text)

        let campaign = try await http.send(
            .post, "/api/v1/campaigns",
            json: [
                "nameLt": "Žiemos skaitymai", "nameEn": "Winter reading", "goal": "Daugiau jaunų skaitytojų",
                "audience": "Studentai", "startsOn": "2026-12-01", "endsOn": "2027-01-31", "budgetPlannedEur": 1500.00,
                "channels": ["social-media", "press"], "partners": ["Vilniaus universitetas"], "eventIds": [],
                "surveyIds": [], "objectiveId": NSNull(),
            ] as [String: Any])
        XCTAssertEqual(campaign.status, 201, campaign.text)
        let campaignId = try XCTUnwrap(campaign.json?["id"] as? String)
        XCTAssertEqual((campaign.json?["kpis"] as? [String: Any])?["registrations"] as? Int, 0)

        let linked = try await http.send(.put, "/api/v1/campaigns/\(campaignId)/events/\(eventId)")
        XCTAssertEqual(linked.status, 200, linked.text)
        XCTAssertEqual((linked.json?["eventIds"] as? [String])?.map { $0.lowercased() }, [eventId.lowercased()])

        func kpis() async -> [String: Any]? {
            (try? await http.get("/api/v1/campaigns/\(campaignId)"))?.json?["kpis"] as? [String: Any]
        }
        /// Waits until the campaign shows these counts; fails naming what it shows instead.
        func expectRegistrations(_ accepted: Int, waitlisted: Int = 0, _ what: String, line: UInt = #line) async {
            let shown = await eventually(timeout: .seconds(30)) {
                let current = await kpis()
                return current?["registrations"] as? Int == accepted && current?["waitlisted"] as? Int == waitlisted
            }
            let current = await kpis()
            XCTAssertTrue(shown, "\(what): KPIs are \(String(describing: current))", line: line)
        }
        await expectRegistrations(1, "the registration made before the link must count")

        var registrationIds: [String] = []
        for index in 2...3 {
            let made = try await http.send(.post, "/api/v1/events/\(eventId)/registrations", json: Fixtures.attendee(index))
            XCTAssertEqual(made.status, 201, made.text)
            registrationIds.append(try XCTUnwrap(made.json?["id"] as? String))
        }
        // Capacity 2: the third waits.
        await expectRegistrations(2, waitlisted: 1, "two accepted and one waiting")

        let earlyId = try XCTUnwrap(early.json?["id"] as? String)
        let cancelled = try await http.send(.delete, "/api/v1/events/\(eventId)/registrations/\(earlyId)")
        XCTAssertEqual(cancelled.status, 200, cancelled.text)
        // The waiting one moves up: still 2 accepted, none waiting.
        await expectRegistrations(2, "the waiting one promoted")

        let second = registrationIds[0]
        let cancelledAgain = try await http.send(.delete, "/api/v1/events/\(eventId)/registrations/\(second)")
        XCTAssertEqual(cancelledAgain.status, 200, cancelledAgain.text)
        await expectRegistrations(1, "a cancellation must lower the count")

        let unlinked = try await http.send(.delete, "/api/v1/campaigns/\(campaignId)/events/\(eventId)")
        XCTAssertEqual(unlinked.status, 200, unlinked.text)
        XCTAssertEqual((unlinked.json?["kpis"] as? [String: Any])?["registrations"] as? Int, 0)
        system.removeFolder()
    }
}
