import EventsService
import Foundation
import GRDB
import KomunikaTesting
import Logging
import MessageSchema
import ServiceKit
import XCTest

final class PersonalDataTests: EventsTestCase {
    let julija = Attendee(name: "Julija Žemaitė", email: "Julija.Zemaite@Example.LT", organisation: "Šiaulių biblioteka")

    func testExportShowsThePersonsRegistrationsByAddressInAnyCase() async throws {
        let app = try makeHarness()
        let event = try await app.event(in: .scheduled, Sample.details(title: "Poezijos vakaras"))
        let registration = UUID()
        try await app.expectSuccess(RegisterAttendee(registrationId: registration, eventId: event, attendee: julija))
        try await app.expectSuccess(RegisterAttendee(eventId: event, attendee: Sample.attendee(1)))

        let tables = try await app.eraser(EventsPeople()).export(email: " julija.zemaite@example.lt ")

        guard case .array(let rows)? = tables["registrations"], rows.count == 1, case .object(let row) = rows[0] else {
            return XCTFail("expected one registration, got \(tables)")
        }
        XCTAssertEqual(row["registrationId"], .string(registration.uuidString))
        XCTAssertEqual(row["eventTitle"], .string("Poezijos vakaras"))
        XCTAssertEqual(row["name"], .string("Julija Žemaitė"))
        XCTAssertEqual(row["email"], .string("Julija.Zemaite@Example.LT"))
        XCTAssertEqual(row["status"], .string("accepted"))
    }

    func testErasureKeepsTheCountsAndLeavesNeitherAddressNorNameInTheFile() async throws {
        let app = try makeHarness()
        let event = try await app.event(in: .scheduled, Sample.details(capacity: 1))
        let registration = UUID()
        try await app.expectSuccess(RegisterAttendee(registrationId: registration, eventId: event, attendee: julija))
        try await app.expectSuccess(RegisterAttendee(eventId: event, attendee: Sample.attendee(2)))
        // A refused second registration: its stored reply names the address.
        _ = try await app.expectRefusal(RegisterAttendee(eventId: event, attendee: julija))
        try await app.expectSuccess(RecordAttendance(eventId: event, registrationId: registration, attended: true))
        let countsBefore = try await app.counts(event)

        let erasureId = UUID()
        let erasure = try await app.eraser(EventsPeople()).erase(email: "julija.zemaite@example.lt", erasureId: erasureId)

        XCTAssertEqual(erasure.records, [ErasedRecord(.registration, registration)])
        let countsAfter = try await app.counts(event)
        XCTAssertEqual(countsAfter, countsBefore)
        XCTAssertEqual(countsAfter, RegistrationCounts(accepted: 1, waitlisted: 1, cancelled: 0))
        let row = try await app.row("SELECT * FROM registrations WHERE id = ?", [registration.uuidString])
        XCTAssertEqual(row?["name"], "ištrinta")
        XCTAssertEqual(row?["email"], "")
        XCTAssertEqual(row?["organisation"], "Šiaulių biblioteka")
        XCTAssertEqual(row?["status"], "accepted")
        XCTAssertEqual(row?["attended"], "1")
        let accepted = try await app.published(RegistrationAccepted.self).first { $0.registrationId == registration }
        XCTAssertEqual(accepted?.attendee, Attendee(name: "ištrinta", email: "", organisation: "Šiaulių biblioteka"))
        let other = try await app.published(RegistrationWaitlisted.self).first
        XCTAssertEqual(other?.attendee, Sample.attendee(2))
        let erased = try await app.published(PersonErased.self)
        XCTAssertEqual(
            erased, [PersonErased(erasureId: erasureId, reason: .request, records: [ErasedRecord(.registration, registration)])])
        let last = try await app.outbox().last
        XCTAssertEqual(last?.correlationId, erasureId)

        for text in ["Julija.Zemaite@Example.LT", "julija.zemaite@example.lt", "Julija Žemaitė", "Žemaitė"] {
            XCTAssertEqual(try SQLiteTraces.filesContaining(text, in: app.folder), [], "\(text) is still in the files")
        }
        XCTAssertEqual(try SQLiteTraces.filesContaining("lankytojas2@example.lt", in: app.folder), ["events.sqlite"])
    }

    func testAnErasedAddressMayRegisterAgainAndASecondErasureFindsNothing() async throws {
        let app = try makeHarness()
        let event = try await app.event(in: .scheduled)
        try await app.expectSuccess(RegisterAttendee(eventId: event, attendee: julija))
        let eraser = app.eraser(EventsPeople())
        _ = try await eraser.erase(email: julija.email, erasureId: UUID())
        let messages = try await app.outbox().count

        let again = try await eraser.erase(email: julija.email, erasureId: UUID())

        XCTAssertEqual(again.records, [])
        let messagesAfter = try await app.outbox().count
        XCTAssertEqual(messagesAfter, messages)
        let outcome = try await app.expectSuccess(RegisterAttendee(eventId: event, attendee: julija))
        XCTAssertEqual(outcome.status, .accepted)
        let counts = try await app.counts(event)
        XCTAssertEqual(counts.accepted, 2)
    }

    func testRetentionErasesRegistrationsOfEventsThatEndedLongerAgoThanItsMonths() async throws {
        let app = try makeHarness()
        let past = try await app.event(in: .scheduled, Sample.details(from: "2026-12-01T18:00", to: "2026-12-01T20:00"))
        let later = try await app.event(in: .scheduled, Sample.details(from: "2027-06-01T18:00", to: "2027-06-01T20:00"))
        let old = try await app.expectSuccess(RegisterAttendee(eventId: past, attendee: julija))
        try await app.expectSuccess(RegisterAttendee(eventId: later, attendee: julija))
        let retention = PersonalDataRetention(eraser: app.eraser(EventsPeople()), months: 12, logger: Logger(label: "test"))

        let early = await retention.expire(now: Sample.at("2027-11-30T12:00"))
        let erasure = await retention.expire(now: Sample.at("2027-12-02T12:00"))

        XCTAssertEqual(early.records, [])
        XCTAssertEqual(erasure.records, [ErasedRecord(.registration, old.registrationId)])
        let names = try await app.rows("SELECT eventId, name FROM registrations ORDER BY registeredAt")
        XCTAssertEqual(names.map { $0["name"] }, ["ištrinta", "Julija Žemaitė"])
        let message = try await app.published(PersonErased.self).last
        XCTAssertEqual(message?.reason, .retention)
    }
}
