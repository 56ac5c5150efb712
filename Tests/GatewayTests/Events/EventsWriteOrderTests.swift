import Foundation
import GRDB
import MessageSchema
import ServiceKit
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

/// The events part's per-row order guards (issue 9, defect 6): a message
/// applied after a newer one of its source (a dead letter retried late)
/// never overwrites what the newer one wrote, and says so; one whose rows
/// nothing newer wrote is applied.
final class EventsWriteOrderTests: XCTestCase {
    func testAnOlderChangeOfAnEventIsRefusedAndTheNewerDetailsStay() throws {
        let fixture = try ReadModelFixture()
        let id = UUID()
        try fixture.apply(EventProposed(eventId: id, details: Sample.details("Pirmas pavadinimas")))
        let old = try fixture.envelope(EventUpdated(eventId: id, details: Sample.details("Senas pavadinimas")))
        let newer = try fixture.envelope(EventUpdated(eventId: id, details: Sample.details("Naujas pavadinimas")))
        try fixture.feed.apply(newer)

        XCTAssertThrowsError(try fixture.feed.apply(old)) { error in
            XCTAssertEqual(
                String(describing: error),
                "event.updated seq 2 is older than seq 3, which last wrote event \(id.uuidString): "
                    + "not applied, so the newer state stays")
        }
        let event = try XCTUnwrap(try fixture.event(id))
        XCTAssertEqual(event.details.title.lt, "Naujas pavadinimas")
        XCTAssertEqual(event.updatedSeq, 3)
    }

    func testAnOlderWaitlistingIsRefusedAndThePositionsStay() throws {
        let fixture = try ReadModelFixture()
        let id = UUID()
        let (ona, petras) = (UUID(), UUID())
        let at = Sample.date("2026-11-20T10:00")
        try fixture.apply(EventProposed(eventId: id, details: Sample.details("Paroda", capacity: 0)))
        let old = try fixture.envelope(
            RegistrationWaitlisted(
                registrationId: ona, eventId: id, attendee: Sample.attendee("Ona"), registeredAt: at, position: 1))
        let newer = try fixture.envelope(
            RegistrationWaitlisted(
                registrationId: petras, eventId: id, attendee: Sample.attendee("Petras"), registeredAt: at, position: 1))
        try fixture.feed.apply(newer)

        XCTAssertThrowsError(try fixture.feed.apply(old)) { error in
            XCTAssertEqual(error as? StaleMessage, StaleMessage(type: "registration.waitlisted", seq: 2, newerSeq: 3, row: "event \(id.uuidString)"))
        }
        XCTAssertEqual(try fixture.registrations(id).map(\.id), [petras])
        XCTAssertEqual(try fixture.registrations(id).map(\.position), [1])
    }

    func testAnOlderAcceptanceIsAppliedWhenNothingNewerWroteItsRows() throws {
        let fixture = try ReadModelFixture()
        let id = UUID()
        let ona = UUID()
        try fixture.apply(EventProposed(eventId: id, details: Sample.details("Paroda", capacity: 10)))
        let old = try fixture.envelope(
            RegistrationAccepted(
                registrationId: ona, eventId: id, attendee: Sample.attendee("Ona"), registeredAt: Sample.date("2026-11-20T10:00")))
        try fixture.apply(EventUpdated(eventId: id, details: Sample.details("Paroda „Knygos“", capacity: 10)))

        try fixture.feed.apply(old)
        let event = try XCTUnwrap(try fixture.event(id))
        XCTAssertEqual(event.acceptedCount, 1)
        XCTAssertEqual(event.details.title.lt, "Paroda „Knygos“")
        // The event's ETag never goes back.
        XCTAssertEqual(event.updatedSeq, 3)
    }
}
