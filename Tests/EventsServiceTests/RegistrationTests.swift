import EventsService
import GRDB
import MessageSchema
import XCTest

final class RegistrationTests: EventsTestCase {
    func testPlacesAreTakenThenTheWaitingListFills() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 2))
        var outcomes: [RegistrationOutcome] = []
        for number in 1...4 {
            outcomes.append(try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(number))))
        }

        XCTAssertEqual(outcomes.map(\.status), [.accepted, .accepted, .waitlisted, .waitlisted])
        XCTAssertEqual(outcomes.map(\.position), [nil, nil, 1, 2])
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, RegistrationCounts(accepted: 2, waitlisted: 2, cancelled: 0))
        let envelopes = try await app.outbox().suffix(5)
        XCTAssertEqual(
            envelopes.map(\.type),
            [
                "registration.accepted", "registration.accepted", "event.filled", "registration.waitlisted",
                "registration.waitlisted",
            ],
            "the registration that takes the last place fills the event, once")
        let filled = try envelopes.dropFirst(2).first?.decodePayload(EventFilled.self)
        XCTAssertEqual(filled, EventFilled(eventId: id, registrationId: outcomes[1].registrationId, capacity: 2))
        let waitlisted = try envelopes.last?.decodePayload(RegistrationWaitlisted.self)
        XCTAssertEqual(waitlisted?.position, 2)
        XCTAssertEqual(waitlisted?.attendee, Sample.attendee(4))
    }

    func testTheRegistrationRowKeepsWhatThePersonGave() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .scheduled)
        let registration = UUID()
        let attendee = Attendee(name: "  Ona Šimkutė ", email: " Ona@Example.LT ", organisation: "Kauno biblioteka")
        try await app.expectSuccess(RegisterAttendee(registrationId: registration, eventId: id, attendee: attendee))

        let row = try await app.row("SELECT * FROM registrations WHERE id = ?", [registration.uuidString])
        XCTAssertEqual(row?["eventId"], id.uuidString)
        XCTAssertEqual(row?["name"], "Ona Šimkutė")
        XCTAssertEqual(row?["email"], "Ona@Example.LT")
        XCTAssertEqual(row?["status"], "accepted")
        XCTAssertNil(row?["attended"])
    }

    func testCapacityZeroPutsEveryoneOnTheWaitingList() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 0))
        let outcome = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        XCTAssertEqual(outcome.status, .waitlisted)
        XCTAssertEqual(outcome.position, 1)
    }
}
