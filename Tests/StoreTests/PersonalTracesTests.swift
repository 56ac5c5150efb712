import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

/// An erased person's traces in the platform's tables: the outbox messages
/// that name their address or erased records, stored replies and dead letters.
final class PersonalTracesTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-traces-\(UUID().uuidString.prefix(8))")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testOnlyThePersonsMessagesAreRewrittenAndANamesakeKeepsTheirs() async throws {
        let database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        let (event, hers, namesake) = (UUID(), UUID(), UUID())
        let julija = Attendee(name: "Julija Žemaitė", email: "Julija@Example.LT", organisation: "Biblioteka Li")
        let other = Attendee(name: "Julija Žemaitė", email: "kita.julija@example.lt")
        let changed = try await database.writer.write { db -> Int in
            try Outbox.append(
                RegistrationAccepted(registrationId: hers, eventId: event, attendee: julija, registeredAt: Date()),
                source: "events", in: db)
            try Outbox.append(
                RegistrationAccepted(registrationId: namesake, eventId: event, attendee: other, registeredAt: Date()),
                source: "events", in: db)
            try Outbox.append(RegistrationPromoted(registrationId: hers, eventId: event), source: "events", in: db)
            try IdempotencyKeys.record(
                key: "k1", command: "events.register",
                reply: Data(#"{"ok":false,"failure":{"message":"Julija Žemaitė is already registered."}}"#.utf8), in: db)
            try DeadLetters.add(
                topic: "events.registration.accepted",
                raw: Data(#"{"payload":{"attendee":{"name":"Julija Žemaitė","email":"julija@example.lt"}}}"#.utf8),
                reason: "unknown event", in: db)
            return try PersonalTraces.erase(
                texts: ["Julija Žemaitė": "ištrinta", "Julija@Example.LT": "", "Li": ""],
                markers: ["julija@example.lt", hers.uuidString], in: db)
        }

        XCTAssertEqual(changed, 3, "her registration, the reply and the dead letter; the promotion names no text")
        let envelopes = try await database.writer.read { db in
            try Outbox.envelopes(from: 1, limit: 10, source: "events", in: db)
        }
        let first = try envelopes[0].decodePayload(RegistrationAccepted.self)
        XCTAssertEqual(first.attendee, Attendee(name: "ištrinta", email: "", organisation: "Biblioteka Li"))
        XCTAssertEqual(try envelopes[1].decodePayload(RegistrationAccepted.self).attendee, other)
        let reply = try await database.writer.read { db in try IdempotencyKeys.reply(for: "k1", in: db) }
        XCTAssertEqual(
            String(decoding: try XCTUnwrap(reply), as: UTF8.self),
            #"{"failure":{"message":"ištrinta is already registered."},"ok":false}"#)
        let letter = try await database.writer.read { db in try DeadLetters.list(in: db) }.first
        XCTAssertEqual(letter?.raw, #"{"payload":{"attendee":{"email":"","name":"ištrinta"}}}"#)
    }
}
