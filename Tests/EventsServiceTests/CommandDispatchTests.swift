import EventsService
import MessageSchema
import XCTest

final class CommandDispatchTests: EventsTestCase {
    func testAnUnknownCommandIsRefused() async throws {
        let app = try makeHarness()
        let reply = await app.handler.handle(
            CommandRequest(name: "events.delete-everything", idempotencyKey: "x", payload: .object([:])))
        XCTAssertEqual(reply.failure?.code, .unknownCommand)
        XCTAssertTrue(reply.failure?.message.contains("events.delete-everything") ?? false)
    }

    func testEveryMessageOfACommandCarriesItsCorrelationAndTheReplyItsLastSeq() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved, Sample.details(capacity: 0))
        try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(1)))
        try await app.expectSuccess(RegisterAttendee(eventId: id, attendee: Sample.attendee(2)))
        let correlation = UUID()

        let reply = try await app.send(UpdateEvent(eventId: id, patch: EventPatch(capacity: 2)), correlationId: correlation)

        let produced = try await app.outbox().filter { $0.correlationId == correlation }
        XCTAssertEqual(produced.map(\.type), ["event.updated", "registration.promoted", "registration.promoted"])
        XCTAssertEqual(reply.seq, produced.last?.seq)
    }

    func testThePublisherIsWokenOnlyAfterCommandsThatProducedMessages() async throws {
        let app = try makeHarness()
        let id = try await app.event(in: .approved)
        XCTAssertEqual(app.commits.value, 2)
        _ = try await app.expectRefusal(TransitionEvent(eventId: id, to: .held))
        _ = await app.handler.handle(CommandRequest(name: "events.nothing", idempotencyKey: "n", payload: .null))
        XCTAssertEqual(app.commits.value, 2)
    }
}
