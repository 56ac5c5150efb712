import EventsService
import MessageSchema
import XCTest

final class AttendanceTests: EventsTestCase {
    func testAttendanceIsRecordedForAnAcceptedPlace() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .scheduled)
        let registration = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        try await app.expectSuccess(TransitionEvent(eventId: id, to: .held))

        try await app.expectSuccess(RecordAttendance(eventId: id, registrationId: registration.registrationId, attended: true))

        let stored = try await app.read { db in try EventsQueries.registration(id: registration.registrationId, in: db) }
        XCTAssertEqual(stored?.attended, true)
        let last = try await app.outbox().last
        XCTAssertEqual(
            try last?.decodePayload(AttendanceRecorded.self),
            AttendanceRecorded(registrationId: registration.registrationId, eventId: id, attended: true))
    }

    func testAWaitingPlaceHasNoAttendance() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .scheduled, Sample.details(capacity: 0))
        let registration = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        let failure = try await app.expectRefusal(
            RecordAttendance(eventId: id, registrationId: registration.registrationId, attended: true))
        XCTAssertEqual(failure.code, .conflict)
    }

    func testAttendanceWaitsUntilTheEventIsScheduled() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let registration = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        let failure = try await app.expectRefusal(
            RecordAttendance(eventId: id, registrationId: registration.registrationId, attended: false))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertTrue(failure.message.contains("approved"), failure.message)
    }

    func testAnUnknownRegistrationIsNotFound() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .scheduled)
        let failure = try await app.expectRefusal(RecordAttendance(eventId: id, registrationId: UUID(), attended: true))
        XCTAssertEqual(failure.code, .notFound)
    }
}
