import Foundation
import MessageSchema
import XCTest

/// The acting person on envelopes and command requests: `null` on the wire
/// when nobody acted; old envelopes without it and old readers keep working.
final class ActorTests: XCTestCase {
    let eventId = UUID(uuidString: "9A8B7C6D-5E4F-4321-8765-43210FEDCBA9")!

    func testAnEnvelopeWrittenBeforeActorsDecodesWithoutOne() throws {
        let json = """
            {"id":"0E2D4C6B-8A9F-4E1D-B2C3-D4E5F6A7B8C9","type":"event.approved","version":1,"source":"events",
             "seq":4,"occurredAt":"2026-11-25T10:00:00Z","correlationId":"5B6C7D8E-9F0A-4B1C-8D2E-3F4A5B6C7D8E",
             "payload":{"eventId":"\(eventId.uuidString)"}}
            """
        let envelope = try Envelope.decode(Data(json.utf8))
        XCTAssertNil(envelope.actor)
        XCTAssertEqual(try envelope.decodePayload(EventApproved.self), EventApproved(eventId: eventId))
    }

    func testAnEnvelopeWithoutAnActorHasANullActorMember() throws {
        let envelope = Envelope(
            type: EventApproved.type, version: EventApproved.version, source: "events", seq: 1,
            occurredAt: Date(timeIntervalSince1970: 1_803_456_000),
            payload: try .from(EventApproved(eventId: eventId)))
        let data = try envelope.encoded()
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(
            Set(object.keys),
            ["id", "type", "version", "source", "epoch", "seq", "occurredAt", "correlationId", "causationId", "actor", "payload"])
        for member in ["actor", "epoch", "correlationId", "causationId"] {
            XCTAssertTrue(object[member] is NSNull, "\(member): \(String(decoding: data, as: UTF8.self))")
        }
        XCTAssertEqual(try Envelope.decode(data), envelope)
    }

    func testAnEnvelopeWithAnActorKeepsItThroughTheWire() throws {
        let actor = Actor(accountId: UUID(uuidString: "6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B"), name: "Rūta Vaitkienė")
        let envelope = Envelope(
            type: EventApproved.type, version: EventApproved.version, source: "events", seq: 2,
            occurredAt: Date(timeIntervalSince1970: 1_800_000_000), actor: actor,
            payload: try .from(EventApproved(eventId: eventId)))
        let data = try envelope.encoded()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(
            text.contains(#""actor":{"accountId":"6F1C2E1A-3B4D-4E5F-8A9B-0C1D2E3F4A5B","name":"Rūta Vaitkienė"}"#), text)
        let decoded = try Envelope.decode(data)
        XCTAssertEqual(decoded.actor, actor)
        XCTAssertEqual(decoded, envelope)
    }

    func testAReaderThatPredatesActorsReadsAnEnvelopeWithOne() throws {
        /// The envelope as readers knew it before `actor`: every other member.
        struct OldEnvelope: Decodable {
            var id: UUID
            var type: String
            var version: Int
            var source: String
            var seq: Int64
            var occurredAt: Date
            var payload: JSONValue
        }
        let envelope = Envelope(
            type: EventApproved.type, version: EventApproved.version, source: "events", seq: 3, occurredAt: Date(),
            actor: Actor(name: "renginiu-sistema"), payload: try .from(EventApproved(eventId: eventId)))
        let old = try MessageCoding.decode(OldEnvelope.self, from: try envelope.encoded())
        XCTAssertEqual(old.seq, 3)
        XCTAssertEqual(old.type, "event.approved")
        XCTAssertEqual(old.payload, envelope.payload)
    }

    func testACommandRequestFromAnOlderSenderHasNoActor() throws {
        let json = #"{"name":"events.transition-event","idempotencyKey":"k-1","payload":{"to":"approved"}}"#
        let request = try MessageCoding.decode(CommandRequest.self, from: Data(json.utf8))
        XCTAssertNil(request.actor)
        XCTAssertEqual(request.name, "events.transition-event")

        let named = CommandRequest(name: "events.transition-event", idempotencyKey: "k-2", actor: Actor(name: "api"), payload: .null)
        let decoded = try MessageCoding.decode(CommandRequest.self, from: try MessageCoding.encode(named))
        XCTAssertEqual(decoded.actor, Actor(name: "api"))
    }
}
