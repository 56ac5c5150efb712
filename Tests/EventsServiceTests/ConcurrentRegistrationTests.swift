import EventsService
import GRDB
import MessageSchema
import XCTest

/// Places are never oversold, however many people register at once.
final class ConcurrentRegistrationTests: EventsTestCase {
    func testTwoHundredAtOnceForFiftyPlaces() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 50))
        let requests = try (1...200).map { number in
            try CommandRequest(RegisterAttendee(eventId: id, attendee: Sample.attendee(number)), idempotencyKey: "register-\(number)")
        }

        let replies = await withTaskGroup(of: CommandReply.self) { group in
            for request in requests {
                group.addTask { await app.handler.handle(request) }
            }
            return await group.reduce(into: [CommandReply]()) { $0.append($1) }
        }

        XCTAssertEqual(replies.filter(\.ok).count, 200)
        let outcomes = try replies.compactMap { try $0.result?.decode(as: RegistrationOutcome.self) }
        XCTAssertEqual(outcomes.filter { $0.status == .accepted }.count, 50)
        XCTAssertEqual(outcomes.compactMap(\.position).sorted(), Array(1...150))

        let byStatus = try await app.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT status, COUNT(*) AS n FROM registrations WHERE eventId = ? GROUP BY status",
                arguments: [id.uuidString])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["status"] as String, $0["n"] as Int) })
        }
        XCTAssertEqual(byStatus, ["accepted": 50, "waitlisted": 150])

        let envelopes = try await app.outbox()
        XCTAssertEqual(envelopes.map(\.seq), Array(1...Int64(envelopes.count)), "seq 1…N without gaps")
        let registrationMessages = envelopes.filter { $0.type.hasPrefix("registration.") }
        XCTAssertEqual(registrationMessages.count, 200)
        XCTAssertEqual(registrationMessages.filter { $0.type == "registration.accepted" }.count, 50)
        XCTAssertEqual(registrationMessages.filter { $0.type == "registration.waitlisted" }.count, 150)
        XCTAssertEqual(envelopes.filter { $0.type == "event.filled" }.count, 1, "the event fills once")
        XCTAssertEqual(Set(replies.compactMap(\.seq)).count, 200, "each reply carries its own message's seq")
    }
}
