import Bus
import Foundation
import KomunikaTesting
import MessageSchema
import ServiceKit
import XCTest

/// The outbox no longer grows for ever: what every consumer said it is past,
/// beyond the retention window, is pruned, the newest message stays (the
/// next `seq` follows it), and a consumer that starts after the pruning is
/// told so and stopped, never fed a log with its beginning missing.
final class PrunedOutboxTests: XCTestCase {
    func testWhatEveryConsumerAppliedIsPrunedAndALateConsumerIsStopped() async throws {
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_SURVEYS_SOURCES": "events", "KOMUNIKA_GATEWAY_SOURCES": "events",
            "KOMUNIKA_OUTBOX_RETENTION_DAYS": "0",
        ])
        defer { system.stopAll() }
        try system.start("komunika-events")
        try system.start("komunika-surveys")
        let eventsUp = await eventually { (try? system.komunikactl(["health", "events"]))?.status == 0 }
        XCTAssertTrue(eventsUp, system.log(of: "komunika-events").suffix(2000).description)

        // Five events, proposed over the bus with the operator's key; surveys applies them.
        let context = ZMQContext()
        defer { context.terminate() }
        let events = try ControlClient(
            context: context, connect: system.endpoint("events", "ROUTER"),
            options: try system.security(as: "operator").clientOptions(to: .events))
        defer { events.close() }
        func propose(_ title: String, day: Int) async throws -> CommandReply {
            let starts = Fixtures.start.addingTimeInterval(Double(day) * 86_400)
            let details = EventDetails(
                type: .exhibition, title: LocalizedText(lt: title), startsAt: starts, endsAt: starts.addingTimeInterval(3_600),
                venue: Venue(kind: .libraryHall, hall: "Parodų erdvė"),
                organisingUnit: "Komunikacijos ir rinkodaros departamentas")
            return try await events.command(
                try CommandRequest(ProposeEvent(eventId: UUID(), details: details), idempotencyKey: UUID().uuidString),
                timeout: .seconds(5), attempts: 2)
        }
        for index in 1...5 {
            let reply = try await propose("Paroda \(index)", day: index)
            XCTAssertEqual(reply.seq, Int64(index), reply.failure?.message ?? "")
        }
        // Surveys has applied all five and told events so (keep from seq 6).
        let eventsFile = try ServiceFile(path: system.databasePath(of: "events"))
        let told = await eventually {
            (try? eventsFile.int("SELECT keepFrom FROM consumerFloor WHERE consumer = 'surveys'")) == 6
        }
        XCTAssertTrue(told, system.log(of: "komunika-surveys").suffix(2000).description)

        let pruned = try system.komunikactl(["prune", "events"])
        XCTAssertEqual(pruned.status, 0, pruned.error)
        XCTAssertEqual(pruned.output, "events: pruned 4 messages; the outbox is pruned through seq 4\n")
        XCTAssertEqual(try eventsFile.int("SELECT COUNT(*) FROM outbox"), 1)
        let status = try system.komunikactl(["status", "events"])
        XCTAssertTrue(status.output.contains("  events: pruned through seq 4, which every consumer had applied"), status.output)

        // The next message follows the newest, and surveys goes on applying.
        let sixth = try await propose("Paroda 6", day: 6)
        XCTAssertEqual(sixth.seq, 6)
        let surveysApplied = await eventually {
            let status = try? system.komunikactl(["status", "surveys"])
            return status?.output.contains("surveys ← events: applied 6 of 6, lag 0") == true
        }
        XCTAssertTrue(surveysApplied, (try? system.komunikactl(["status", "surveys"]).output) ?? "")

        // The gateway, starting now, needs events' whole log: it is stopped, and says why.
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let stopped =
            "gateway ← events: STOPPED at seq 0: events pruned its log through seq 4, past the 0 applied here"
            + " (a consumer that started after): nothing more of events is applied. Reconcile: komunikactl reconcile gateway events"
        var gateway = try system.komunikactl(["status", "gateway"])
        let noticed = await eventually {
            gateway = (try? system.komunikactl(["status", "gateway"])) ?? gateway
            return gateway.output.contains(stopped)
        }
        XCTAssertTrue(noticed, gateway.output)
        // The admins' operations page says the same, in Lithuanian first.
        var browser = try await system.signedInAdmin()
        let page = try await browser.get("/operacijos")
        XCTAssertEqual(page.status, 200, page.text)
        XCTAssertTrue(
            page.text.contains(
                #"<p class="error-message">„Renginiai“ jau išvalė savo žurnalą iki seq 4, toliau nei čia pritaikytas 0"#
                    + " (vartotojas pradėjo vėliau). Jos žinutės nebetaikomos, kol operatorius suderins:"
                    + " komunikactl reconcile gateway events</p>"),
            page.text)
        let reconcile = try system.komunikactl(["reconcile", "gateway", "events"])
        XCTAssertEqual(reconcile.status, 1)
        XCTAssertTrue(
            reconcile.error.contains(
                "events pruned its log through seq 4, and this consumer rebuilds from the whole log: restore this consumer's own backup"),
            reconcile.error)
        system.removeFolder()
    }
}
