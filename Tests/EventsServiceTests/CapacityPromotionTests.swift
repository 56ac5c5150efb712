import EventsService
import MessageSchema
import XCTest

final class CapacityPromotionTests: EventsTestCase {
    func testRaisingCapacityPromotesTheWaitingListInOrder() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 1))
        var outcomes: [RegistrationOutcome] = []
        for number in 1...4 {
            outcomes.append(try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(number))))
        }

        try await app.expectSuccess(UpdateEvent(eventId: id, patch: EventPatch(capacity: 3)))

        let envelopes = try await app.outbox().suffix(3)
        XCTAssertEqual(envelopes.map(\.type), ["event.updated", "registration.promoted", "registration.promoted"])
        let promoted = try envelopes.dropFirst().map { try $0.decodePayload(RegistrationPromoted.self).registrationId }
        XCTAssertEqual(promoted, [outcomes[1].registrationId, outcomes[2].registrationId])
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, RegistrationCounts(accepted: 3, waitlisted: 1, cancelled: 0))
    }

    func testAfterPromotionTheNextPersonIsFirstOnTheWaitingList() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 1))
        for number in 1...3 {
            try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(number)))
        }
        try await app.expectSuccess(UpdateEvent(eventId: id, patch: EventPatch(capacity: 2)))

        let next = try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(4)))
        XCTAssertEqual(next.status, .waitlisted)
        XCTAssertEqual(next.position, 2)
    }
}
