import EventsService
import MessageSchema
import XCTest

/// proposed → approved → scheduled → held, or cancelled from any but held.
final class LifecycleTests: EventsTestCase {
    func testAnEventGoesFromProposedToHeld() async throws {
        let app = try makeHarness()
        let details = Sample.details()
        let id = try await app.event(in: .held, details)

        let event = try await app.event(id)
        XCTAssertEqual(event?.status, .held)
        let envelopes = try await app.outbox()
        XCTAssertEqual(envelopes.map(\.type), ["event.proposed", "event.approved", "event.scheduled", "event.held"])
        XCTAssertEqual(try envelopes[0].decodePayload(EventProposed.self), EventProposed(eventId: id, details: details))
        XCTAssertEqual(try envelopes[1].decodePayload(EventApproved.self), EventApproved(eventId: id))
        XCTAssertEqual(try envelopes[2].decodePayload(EventScheduled.self), EventScheduled(eventId: id, details: details))
        XCTAssertEqual(try envelopes[3].decodePayload(EventHeld.self), EventHeld(eventId: id, eventType: .bookPresentation))
    }

    func testAnEventCanBeCancelledFromProposedApprovedAndScheduled() async throws {
        let app = try makeHarness()
        for status in [EventStatus.proposed, .approved, .scheduled] {
            let id = try await app.event(in: status)
            try await app.expectSuccess(TransitionEvent(eventId: id, to: .cancelled, reason: "  Lektorius susirgo  "))

            let event = try await app.event(id)
            XCTAssertEqual(event?.status, .cancelled, "from \(status)")
            let last = try await app.outbox().last
            XCTAssertEqual(
                try last?.decodePayload(EventCancelled.self), EventCancelled(eventId: id, reason: "Lektorius susirgo"))
        }
    }

    func testTransitionOfAnUnknownEventIsNotFound() async throws {
        let app = try makeHarness()
        let failure = try await app.expectRefusal(TransitionEvent(eventId: UUID(), to: .approved))
        XCTAssertEqual(failure.code, .notFound)
    }
}
