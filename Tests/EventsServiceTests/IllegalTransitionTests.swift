import EventsService
import MessageSchema
import XCTest

final class IllegalTransitionTests: EventsTestCase {
    func testEveryIllegalTransitionIsRefusedAndChangesNothing() async throws {
        let app = try makeHarness()
        var refused = 0
        for from in EventStatus.allCases {
            let id = try await app.event(in: from)
            for to in EventStatus.allCases where !from.canMove(to: to) {
                let before = try await app.outbox().count
                let failure = try await app.expectRefusal(TransitionEvent(eventId: id, to: to))

                XCTAssertEqual(failure.code, .illegalTransition, "\(from) → \(to)")
                XCTAssertTrue(failure.message.contains("from \(from.rawValue) to \(to.rawValue)"), failure.message)
                let event = try await app.event(id)
                XCTAssertEqual(event?.status, from)
                let after = try await app.outbox().count
                XCTAssertEqual(after, before, "a refused transition publishes nothing")
                refused += 1
            }
        }
        // 5 × 5 pairs, of which 6 are allowed.
        XCTAssertEqual(refused, 19)
    }

    func testAHeldEventCannotBeCancelled() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .held)
        let failure = try await app.expectRefusal(TransitionEvent(eventId: id, to: .cancelled))
        XCTAssertEqual(failure.code, .illegalTransition)
        XCTAssertEqual(failure.details?["from"], "held")
        XCTAssertEqual(failure.details?["to"], "cancelled")
    }
}
