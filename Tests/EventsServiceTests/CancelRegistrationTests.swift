import EventsService
import MessageSchema
import XCTest

final class CancelRegistrationTests: EventsTestCase {
    func testCancellingAnAcceptedPlacePromotesTheOldestWaiting() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .scheduled, Sample.details(capacity: 1))
        let first = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        let second = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(2)))
        let third = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(3)))

        let outcome = try await app.expectSuccess(CancelRegistration(eventId: id, registrationId: first.registrationId))

        XCTAssertEqual(outcome.status, .cancelled)
        XCTAssertEqual(outcome.promotedRegistrationId, second.registrationId)
        let envelopes = try await app.outbox().suffix(2)
        XCTAssertEqual(
            try envelopes.first?.decodePayload(RegistrationCancelled.self),
            RegistrationCancelled(registrationId: first.registrationId, eventId: id, previousStatus: .accepted))
        XCTAssertEqual(
            try envelopes.last?.decodePayload(RegistrationPromoted.self),
            RegistrationPromoted(registrationId: second.registrationId, eventId: id))
        let waiting = try await app.read { db in try EventsQueries.registrations(eventId: id, status: .waitlisted, in: db) }
        XCTAssertEqual(waiting.map(\.id), [third.registrationId])
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, RegistrationCounts(accepted: 1, waitlisted: 1, cancelled: 1))
    }

    func testCancellingAWaitingPlacePromotesNobody() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 1))
        try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        let waiting = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(2)))

        let outcome = try await app.expectSuccess(CancelRegistration(eventId: id, registrationId: waiting.registrationId))
        XCTAssertNil(outcome.promotedRegistrationId)
        let last = try await app.outbox().last
        XCTAssertEqual(try last?.decodePayload(RegistrationCancelled.self).previousStatus, .waitlisted)
    }

    func testAnUnknownOrCancelledRegistrationIsRefused() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let unknown = try await app.expectRefusal(CancelRegistration(eventId: id, registrationId: UUID()))
        XCTAssertEqual(unknown.code, .notFound)

        let registration = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        try await app.expectSuccess(CancelRegistration(eventId: id, registrationId: registration.registrationId))
        let again = try await app.expectRefusal(CancelRegistration(eventId: id, registrationId: registration.registrationId))
        XCTAssertEqual(again.code, .conflict)
        XCTAssertTrue(again.message.contains("already cancelled"), again.message)
    }

    func testAfterCancellingThePersonMayRegisterAgain() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        let registration = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        try await app.expectSuccess(CancelRegistration(eventId: id, registrationId: registration.registrationId))
        try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
    }
}
