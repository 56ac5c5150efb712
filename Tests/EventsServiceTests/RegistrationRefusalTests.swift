import EventsService
import MessageSchema
import XCTest

final class RegistrationRefusalTests: EventsTestCase {
    func testRegistrationIsClosedUnlessTheEventIsApprovedOrScheduled() async throws {
        let app = try makeHarness()
        for status in [EventStatus.proposed, .held, .cancelled] {
            let id = try await app.event(in: status)
            let failure = try await app.expectRefusal(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
            XCTAssertEqual(failure.code, .conflict)
            XCTAssertTrue(failure.message.lowercased().contains("registration is closed: the event"), failure.message)
            XCTAssertTrue(failure.message.contains("is \(status.rawValue)"), failure.message)
        }
    }

    func testAnUnknownEventIsNotFound() async throws {
        let app = try makeHarness()
        let failure = try await app.expectRefusal(RegisterAttendee(eventId: UUID(), attendee: Sample.attendee(1)))
        XCTAssertEqual(failure.code, .notFound)
    }

    func testAnEventWithoutCapacityTakesNoRegistrations() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: nil))
        let failure = try await app.expectRefusal(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertTrue(failure.message.contains("takes no registrations"), failure.message)
    }

    func testANameAndAnEmailAddressAreRequired() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let cases: [(Attendee, String)] = [
            (Attendee(name: "  ", email: "ona@example.lt"), "attendee.name"),
            (Attendee(name: "Ona", email: "ona.example.lt"), "attendee.email"),
            (Attendee(name: "Ona", email: "ona@"), "attendee.email"),
        ]
        for (attendee, field) in cases {
            let failure = try await app.expectRefusal(RegisterAttendee(eventId: id, attendee: attendee))
            XCTAssertEqual(failure.code, .invalid, field)
            XCTAssertEqual(failure.details?["field"], field)
        }
    }

    func testTheSameEmailCannotRegisterTwiceForAnEvent() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 1))
        try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Attendee(name: "Ona", email: "ona@example.lt")))
        try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Attendee(name: "Jonas", email: "jonas@example.lt")))

        for email in ["ONA@example.lt", " Jonas@Example.lt"] {
            let failure = try await app.expectRefusal(RegisterAttendee(eventId: id, attendee: Attendee(name: "X", email: email)))
            XCTAssertEqual(failure.code, .conflict, email)
            XCTAssertTrue(failure.message.contains("already registered"), failure.message)
        }
        let other = try await app.event(in: .approved)
        try await app.expectSuccess(RegisterAttendee(eventId: other, attendee: Attendee(name: "Ona", email: "ona@example.lt")))
    }

    func testARegistrationIdThatExistsIsAConflict() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let registration = UUID()
        try await app.expectSuccess(RegisterAttendee(registrationId: registration, eventId: id, attendee: Sample.attendee(1)))
        let failure = try await app.expectRefusal(
            RegisterAttendee(registrationId: registration, eventId: id, attendee: Sample.attendee(2)))
        XCTAssertEqual(failure.code, .conflict)
    }
}
