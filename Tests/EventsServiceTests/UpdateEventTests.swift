import EventsService
import MessageSchema
import XCTest

final class UpdateEventTests: EventsTestCase {
    func testAnUpdateAnnouncesTheWholeDescription() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .scheduled)
        let patch = EventPatch(title: LocalizedText(lt: "Poezijos vakaras"), capacity: 80)
        try await app.expectSuccess(UpdateEvent(eventId: id, patch: patch))

        let expected = patch.applied(to: Sample.details())
        let event = try await app.event(id)
        XCTAssertEqual(event?.details, expected)
        XCTAssertEqual(event?.status, .scheduled)
        let last = try await app.outbox().last
        XCTAssertEqual(try last?.decodePayload(EventUpdated.self), EventUpdated(eventId: id, details: expected))
    }

    func testUpdatingAnUnknownEventIsNotFound() async throws {
        let app = try makeHarness()
        let failure = try await app.expectRefusal(UpdateEvent(eventId: UUID(), patch: EventPatch(capacity: 10)))
        XCTAssertEqual(failure.code, .notFound)
    }

    func testHeldAndCancelledEventsCannotBeChanged() async throws {
        let app = try makeHarness()
        for status in [EventStatus.held, .cancelled] {
            let id = try await app.event(in: status)
            let failure = try await app.expectRefusal(UpdateEvent(eventId: id, patch: EventPatch(capacity: 10)))
            XCTAssertEqual(failure.code, .conflict)
            XCTAssertTrue(failure.message.contains("a \(status.rawValue) event cannot be changed"), failure.message)
        }
    }

    func testAnEmptyPatchIsInvalid() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let failure = try await app.expectRefusal(UpdateEvent(eventId: id, patch: EventPatch()))
        XCTAssertEqual(failure.code, .invalid)
    }

    func testCapacityCannotDropBelowTheAcceptedCount() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 5))
        for number in 1...3 {
            try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(number)))
        }
        let failure = try await app.expectRefusal(UpdateEvent(eventId: id, patch: EventPatch(capacity: 2)))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertTrue(failure.message.contains("3 registrations are already accepted"), failure.message)

        try await app.expectSuccess(UpdateEvent(eventId: id, patch: EventPatch(capacity: 3)))
        let event = try await app.event(id)
        XCTAssertEqual(event?.details.capacity, 3)
    }
}
