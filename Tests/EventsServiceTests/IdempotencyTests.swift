import EventsService
import GRDB
import MessageSchema
import XCTest

/// A retried command returns the first answer and changes nothing again.
final class IdempotencyTests: EventsTestCase {
    func testTheSameKeyTwiceReturnsTheSameReplyAndWritesOnce() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let command = RegisterAttendee(eventId: id, attendee: Sample.attendee(1))

        let first = try await app.send(command, key: "register-ona")
        let second = try await app.send(command, key: "register-ona")

        XCTAssertTrue(first.ok)
        XCTAssertEqual(first, second)
        let rows = try await app.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM registrations") }
        XCTAssertEqual(rows, 1)
        let registrationMessages = try await app.outbox().filter { $0.type.hasPrefix("registration.") }
        XCTAssertEqual(registrationMessages.count, 1)
    }

    func testARefusalIsAlsoAnsweredTheSameWay() async throws {
        let app = try makeHarness()
        let command = TransitionEvent(eventId: UUID(), to: .approved)
        let first = try await app.send(command, key: "approve-unknown")
        let second = try await app.send(command, key: "approve-unknown")
        XCTAssertEqual(first.failure?.code, .notFound)
        XCTAssertEqual(first, second)
    }
}
