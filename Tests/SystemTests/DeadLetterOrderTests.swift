import Bus
import Foundation
import MessageSchema
import XCTest

/// Issue 9, defect 6: a dead letter retried after newer messages were
/// applied never overwrites what those newer messages wrote. The test plays
/// the events service and publishes to the real gateway: seq 1, a change of
/// an event the gateway has not seen proposed (dead-lettered: it names an
/// unknown event), then seq 2, that event's proposal with a newer title
/// (applied). `komunikactl dead-letters retry gateway` then refuses seq 1
/// with the reason, and the event keeps seq 2's title. A registration
/// dead-lettered the same way (seq 3, before its event's proposal at seq 4)
/// overwrites nothing newer, so the same retry applies it.
final class DeadLetterOrderTests: XCTestCase {
    func testRetriedOldDeadLetterDoesNotOverwriteNewerState() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_GATEWAY_SOURCES": "events"])
        defer { system.stopAll() }
        let context = ZMQContext()
        let events = try system.publisher(playing: "events", in: context)
        defer {
            events.close()
            context.terminate()
        }
        try system.start("komunika-gateway")
        let http = system.http
        let healthy = await eventually { (try? await http.get("/healthz"))?.status == 200 }
        XCTAssertTrue(healthy, system.log(of: "komunika-gateway"))

        let eventId = UUID()
        let otherEventId = UUID()
        let registrationId = UUID()
        let old = try OperationsPageTests.envelope(
            EventUpdated(eventId: eventId, details: Self.details("Senas pavadinimas")), seq: 1)
        let newer = try OperationsPageTests.envelope(
            EventProposed(eventId: eventId, details: Self.details("Naujas pavadinimas")), seq: 2)
        let registration = try OperationsPageTests.envelope(
            RegistrationAccepted(
                registrationId: registrationId, eventId: otherEventId,
                attendee: Attendee(name: "Ona Žemaitytė", email: "ona@example.lt"), registeredAt: Date()),
            seq: 3)
        let otherProposed = try OperationsPageTests.envelope(
            EventProposed(eventId: otherEventId, details: Self.details("Kitas renginys")), seq: 4)

        // Each message is published until the gateway has applied it (or dead-lettered it).
        for envelope in [old, newer, registration, otherProposed] {
            let applied = await eventually(timeout: .seconds(30), every: .milliseconds(500)) {
                events.publish(topic: envelope.topic, body: (try? envelope.encoded()) ?? Data())
                try? await Task.sleep(for: .milliseconds(200))
                return Self.appliedSeq(system) == Int(envelope.seq)
            }
            XCTAssertTrue(applied, "seq \(envelope.seq)\n\(system.log(of: "komunika-gateway").suffix(2000))")
        }
        let listed = try system.komunikactl(["dead-letters", "list", "gateway"])
        XCTAssertTrue(listed.output.contains("gateway: 2 dead letter(s)"), listed.output)
        XCTAssertTrue(
            listed.output.contains("event.updated names event \(eventId.uuidString), which the read model does not have"),
            listed.output)
        let title1 = try await Self.title(of: eventId, http)
        XCTAssertEqual(title1, "Naujas pavadinimas")

        let retried = try system.komunikactl(["dead-letters", "retry", "gateway"])
        XCTAssertEqual(retried.status, 0, retried.error)
        XCTAssertEqual(retried.output, "gateway: 1 resolved, 1 still dead\n")

        // The newer state stays; the old change is refused, and says why.
        let title2 = try await Self.title(of: eventId, http)
        XCTAssertEqual(title2, "Naujas pavadinimas")
        let after = try system.komunikactl(["dead-letters", "list", "gateway"])
        XCTAssertTrue(after.output.contains("gateway: 1 dead letter(s)"), after.output)
        XCTAssertTrue(
            after.output.contains(
                "seq 1: event.updated seq 1 is older than seq 2, which last wrote event \(eventId.uuidString): "
                    + "not applied, so the newer state stays"),
            after.output)
        // The registration overwrote nothing newer: it was applied.
        let other = try await http.get("/api/v1/events/\(otherEventId.uuidString)")
        XCTAssertEqual(other.status, 200, other.text)
        XCTAssertEqual((other.json?["registrations"] as? [String: Any])?["accepted"] as? Int, 1, other.text)

        // Retrying the refused letter alone is refused again, the same way.
        let again = try system.komunikactl(["dead-letters", "retry", "gateway", "--id", "1"])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.output, "gateway: 0 resolved, 1 still dead\n")
        let title3 = try await Self.title(of: eventId, http)
        XCTAssertEqual(title3, "Naujas pavadinimas")
        system.removeFolder()
    }

    static func details(_ title: String) -> EventDetails {
        EventDetails(
            type: .exhibition, title: LocalizedText(lt: title), startsAt: Fixtures.start,
            endsAt: Fixtures.start.addingTimeInterval(3_600), venue: Venue(kind: .libraryHall, hall: "Parodų salė"),
            organisingUnit: "Komunikacijos ir marketingo skyrius")
    }

    static func title(of id: UUID, _ http: HTTP) async throws -> String? {
        let read = try await http.get("/api/v1/events/\(id.uuidString)")
        return (read.json?["title"] as? [String: Any])?["lt"] as? String
    }

    /// The gateway's applied `seq` of events, as `komunikactl status` shows it.
    static func appliedSeq(_ system: SystemUnderTest) -> Int? {
        guard let status = try? system.komunikactl(["status", "gateway", "--json"]),
            let report = try? JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any],
            let gateway = (report["services"] as? [[String: Any]])?.first,
            let consumers = gateway["consumers"] as? [[String: Any]]
        else { return nil }
        return consumers.first { $0["source"] as? String == "events" }?["appliedSeq"] as? Int
    }
}
