import Foundation
import MessageSchema
import XCTest

final class EnvelopeTests: XCTestCase {
    func testEnvelopeRoundTripKeepsLithuanianTextAndFields() throws {
        let details = EventDetails(
            type: .exhibition, title: LocalizedText(lt: "Paroda „Ąžuolų šnabždesys“", en: "Whisper of Oaks"),
            startsAt: Timestamp.parse("2027-03-01T10:00:00+02:00")!, endsAt: Timestamp.parse("2027-03-31T18:00:00+03:00")!,
            venue: Venue(kind: .libraryHall, hall: "Parodų erdvė"), organisingUnit: "Komunikacijos ir rinkodaros departamentas",
            capacity: 40)
        let message = EventProposed(eventId: UUID(), details: details)
        let envelope = Envelope(
            type: EventProposed.type, version: EventProposed.version, source: "events", seq: 7,
            occurredAt: Date(timeIntervalSince1970: 1_800_000_000), correlationId: UUID(), payload: try .from(message))
        let data = try envelope.encoded()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("Ąžuolų šnabždesys"), text)
        XCTAssertTrue(text.contains("\"occurredAt\":\"2027-01-15T08:00:00Z\""), text)
        let decoded = try Envelope.decode(data)
        XCTAssertEqual(decoded, envelope)
        XCTAssertEqual(decoded.topic, "events.event.proposed")
        XCTAssertEqual(try decoded.decodePayload(EventProposed.self), message)
    }

    func testUnknownTypeDecodesAsAnEnvelopeAndRefusesAKnownPayloadType() throws {
        let json = """
            {"id":"\(UUID().uuidString)","type":"event.teleported","version":9,"source":"events","seq":3,
             "occurredAt":"2026-11-25T10:00:00Z","payload":{"where":"Mėnulis"}}
            """
        let envelope = try Envelope.decode(Data(json.utf8))
        XCTAssertEqual(envelope.type, "event.teleported")
        XCTAssertFalse(EventsMessageCatalog.isKnown(type: envelope.type, version: envelope.version))
        XCTAssertThrowsError(try envelope.decodePayload(EventHeld.self))
        XCTAssertTrue(EventsMessageCatalog.isKnown(type: "event.held", version: 1))
    }

    func testGarbageIsAnErrorNotACrash() {
        XCTAssertThrowsError(try Envelope.decode(Data("{not json".utf8)))
        XCTAssertThrowsError(try Envelope.decode(Data([0xff, 0xfe, 0x00])))
        XCTAssertThrowsError(try Envelope.decode(Data("{\"type\":\"event.held\"}".utf8)))
    }

    func testTimestampsReadVilniusLocalTimeAndOffsets() throws {
        let winter = try XCTUnwrap(Timestamp.parse("2027-01-11T18:00"))
        XCTAssertEqual(Timestamp.format(winter), "2027-01-11T16:00:00Z")
        let summer = try XCTUnwrap(Timestamp.parse("2027-07-11T18:00:00"))
        XCTAssertEqual(Timestamp.format(summer), "2027-07-11T15:00:00Z")
        XCTAssertEqual(Timestamp.formatVilnius(summer), "2027-07-11T18:00:00+03:00")
        XCTAssertEqual(Timestamp.parse("2027-07-11T15:00:00Z"), summer)
        XCTAssertNil(Timestamp.parse("vakar"))
    }

    func testLifecycleAllowsOnlyItsTransitions() {
        XCTAssertTrue(EventStatus.proposed.canMove(to: .approved))
        XCTAssertTrue(EventStatus.scheduled.canMove(to: .held))
        XCTAssertFalse(EventStatus.proposed.canMove(to: .held))
        XCTAssertFalse(EventStatus.held.canMove(to: .cancelled))
        XCTAssertFalse(EventStatus.cancelled.canMove(to: .approved))
    }
}

final class TimestampTests: XCTestCase {
    func testFormatsAndParsesEdgeCases() throws {
        let withMillis = Date(timeIntervalSince1970: 1_800_000_000.25)
        XCTAssertEqual(Timestamp.format(withMillis), "2027-01-15T08:00:00.250Z")
        XCTAssertEqual(Timestamp.parse("2027-01-15T08:00:00.250Z"), withMillis)
        XCTAssertEqual(Timestamp.parse("2027-01-15T10:00:00.25+02:00"), withMillis)
        XCTAssertEqual(Timestamp.parse("2027-01-15T03:00:00-05:00"), Date(timeIntervalSince1970: 1_800_000_000))
        // Summer time begins in Vilnius on the last Sunday of March at 03:00 local.
        XCTAssertEqual(Timestamp.format(try XCTUnwrap(Timestamp.parse("2027-03-28T02:30"))), "2027-03-28T00:30:00Z")
        XCTAssertEqual(Timestamp.format(try XCTUnwrap(Timestamp.parse("2027-03-28T05:00"))), "2027-03-28T02:00:00Z")
        for bad in [
            "2027-02-30T10:00", "2027-13-01T10:00", "2027-01-01 10:00", "2027-01-01T25:00", "2027-01-01T10:00+2", "", "2027-01-01T10:00:00Zx",
        ] {
            XCTAssertNil(Timestamp.parse(bad), bad)
        }
        XCTAssertNotNil(Timestamp.parse("2028-02-29T10:00"))
    }
}

final class DerivedIDTests: XCTestCase {
    func testTheSameNameGivesTheSameIdAndAnotherNameAnother() {
        let first = UUID(derivedFrom: "surveys:event-feedback:7F1B0C2E-0000-4000-8000-000000000001")
        XCTAssertEqual(first, UUID(derivedFrom: "surveys:event-feedback:7F1B0C2E-0000-4000-8000-000000000001"))
        XCTAssertNotEqual(first, UUID(derivedFrom: "surveys:event-feedback:7F1B0C2E-0000-4000-8000-000000000002"))
        XCTAssertNotEqual(first, UUID(derivedFrom: "brand:archive:7F1B0C2E-0000-4000-8000-000000000001"))
        // A version-5 UUID with the RFC 9562 variant (10xx: 8, 9, A or B).
        XCTAssertEqual(first.uuidString[first.uuidString.index(first.uuidString.startIndex, offsetBy: 14)], "5")
        XCTAssertTrue("89AB".contains(first.uuidString[first.uuidString.index(first.uuidString.startIndex, offsetBy: 19)]))
        XCTAssertEqual(first, UUID(version5Of: "surveys:event-feedback:7F1B0C2E-0000-4000-8000-000000000001", in: .komunikaNamespace))
    }

    func testVersion5MatchesTheRFC9562TestVector() {
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        XCTAssertEqual(UUID(version5Of: "www.example.com", in: dns), UUID(uuidString: "2ed6657d-e927-568b-95e1-2665a8aea6a2"))
    }

    func testTheKomunikaNamespaceIsTheVersion5OfItsURL() {
        let url = UUID(uuidString: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")!
        XCTAssertEqual(UUID(version5Of: "https://www.lnb.lt/komunika", in: url), .komunikaNamespace)
    }
}
