import Bus
import Foundation
import MessageSchema
import XCTest

/// The admins' operations page through the real gateway: a real dead letter
/// in the surveys service (an event held that it never saw proposed), shown
/// with its exact reason on `/operacijos`, and resolved by the page's retry
/// button once the event's proposal has arrived — the gateway asking the
/// service's ROUTER with its own CURVE key.
final class OperationsPageTests: XCTestCase {
    func testAnAdminSeesASurveysDeadLetterOnTheOperationsPageAndRetriesItThere() async throws {
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_GATEWAY_SOURCES": "surveys", "KOMUNIKA_SURVEYS_SOURCES": "events",
        ])
        defer { system.stopAll() }
        // The test plays the events service, publishing with its key.
        let context = ZMQContext()
        let events = try system.publisher(playing: "events", in: context)
        defer {
            events.close()
            context.terminate()
        }
        try system.start("komunika-surveys")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()

        // seq 1: an event held that surveys never saw proposed — it cannot open its feedback survey.
        let eventId = UUID()
        let held = try Self.envelope(EventHeld(eventId: eventId, eventType: .exhibition), seq: 1)
        let reason = "event \(eventId.uuidString) was held, but the surveys service never saw it proposed"
        var listed = ""
        let dead = await eventually(timeout: .seconds(30), every: .milliseconds(500)) {
            events.publish(topic: held.topic, body: (try? held.encoded()) ?? Data())
            try? await Task.sleep(for: .milliseconds(200))
            listed = (try? system.komunikactl(["dead-letters", "list", "surveys"]))?.output ?? ""
            return listed.contains(reason)
        }
        XCTAssertTrue(dead, "listed:\n\(listed)\nsurveys log:\n\(system.log(of: "komunika-surveys").suffix(2000))")

        // seq 2: its proposal, which surveys applies (the letter stays dead until retried).
        let details = EventDetails(
            type: .exhibition, title: LocalizedText(lt: "Paroda „Žemaičių knygos“"), startsAt: Date().addingTimeInterval(-7_200),
            endsAt: Date().addingTimeInterval(-3_600), venue: Venue(kind: .libraryHall, hall: "Parodų salė"),
            organisingUnit: "Komunikacijos ir marketingo skyrius")
        let proposed = try Self.envelope(EventProposed(eventId: eventId, details: details), seq: 2)
        let applied = await eventually(timeout: .seconds(30), every: .milliseconds(500)) {
            events.publish(topic: proposed.topic, body: (try? proposed.encoded()) ?? Data())
            try? await Task.sleep(for: .milliseconds(200))
            guard let status = try? system.komunikactl(["status", "surveys", "--json"]),
                let report = try? JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any],
                let surveys = (report["services"] as? [[String: Any]])?.first,
                let consumers = surveys["consumers"] as? [[String: Any]]
            else { return false }
            return consumers.contains { $0["source"] as? String == "events" && $0["appliedSeq"] as? Int == 2 }
        }
        XCTAssertTrue(applied, system.log(of: "komunika-surveys").suffix(2000).description)

        // An admin, made as `komunikactl users add` makes one, signs in through the gateway's pages.
        var browser = try await system.signedInAdmin()

        // The page: the gateway's own row first, surveys' letter with its exact reason and a retry button.
        let page = try await browser.get("/operacijos")
        XCTAssertEqual(page.status, 200, page.text)
        let html = page.text
        let gatewayRow = try XCTUnwrap(html.range(of: #"<tr id="busena-gateway">"#), html)
        let surveysRow = try XCTUnwrap(html.range(of: #"<tr id="busena-surveys">"#), html)
        XCTAssertLessThan(gatewayRow.lowerBound, surveysRow.lowerBound)
        XCTAssertTrue(html[gatewayRow.upperBound...].prefix(300).contains("<td>veikia</td>"), html)
        XCTAssertTrue(html[surveysRow.upperBound...].prefix(300).contains("<td>veikia</td>"), html)
        // The gateway consumes only surveys here: every other service is shown as not answering, and why.
        let eventsRow = try XCTUnwrap(html.range(of: #"<tr id="busena-events">"#), html)
        let eventsCells = html[eventsRow.upperBound...].prefix(400)
        XCTAssertTrue(eventsCells.contains("<strong>neatsako</strong>"), html)
        XCTAssertTrue(eventsCells.contains("the gateway has no connection to events"), html)
        let letterRow = try XCTUnwrap(html.range(of: #"<tr id="mirusioji-surveys-1">"#), html)
        let letter = String(html[letterRow.upperBound...].prefix(1_000))
        XCTAssertTrue(letter.contains(#"<td class="reason">\#(reason)</td>"#), letter)
        XCTAssertTrue(letter.contains("<td>events</td><td>event.held</td>"), letter)
        XCTAssertTrue(letter.contains(#"action="/operacijos/surveys/mirusieji/1/kartoti""#), letter)
        // The surveys consumer's lag per source, as komunikactl status shows it.
        XCTAssertTrue(
            html.contains(#"<tr><th scope="row">Renginiai <code>events</code></th><td class="number">2</td>"#), html)

        // Retry: the letter now applies (the title is known) and the page says so.
        let retried = try await browser.post("/operacijos/surveys/mirusieji/1/kartoti", [])
        XCTAssertEqual(retried.status, 200, retried.text)
        XCTAssertTrue(
            retried.text.contains(#"id="pakartojimo-rezultatas">„Apklausos“: pavyko pritaikyti 1, liko nepritaikytų 0."#),
            retried.text)
        XCTAssertFalse(retried.text.contains(#"<tr id="mirusioji-surveys-1">"#), retried.text)
        let after = try system.komunikactl(["dead-letters", "list", "surveys"])
        XCTAssertTrue(after.output.contains("surveys: 0 dead letter(s)"), after.output)
        // Its effect happened: the event's feedback survey is open, in the gateway's read model too.
        let http = system.http
        let opened = await eventually(timeout: .seconds(30)) {
            let list = try? await http.get("/api/v1/surveys?eventId=\(eventId.uuidString.lowercased())")
            return (list?.json?["items"] as? [[String: Any]])?.first?["titleLt"] as? String
                == "Atsiliepimai: Paroda „Žemaičių knygos“"
        }
        XCTAssertTrue(opened, system.log(of: "komunika-gateway").suffix(2000).description)

        // Without the form token the retry is refused.
        let forged = try await browser.post("/operacijos/surveys/mirusieji/kartoti", [], withToken: false)
        XCTAssertEqual(forged.status, 403)
        system.removeFolder()
    }

    static func envelope(_ message: some Message, seq: Int64) throws -> Envelope {
        Envelope(
            type: type(of: message).type, version: type(of: message).version, source: "events", seq: seq, occurredAt: Date(),
            payload: try JSONValue.from(message))
    }
}
