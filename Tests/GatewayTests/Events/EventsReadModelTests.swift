import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

final class EventsReadModelTests: XCTestCase {
    func testSequenceOfMessagesEndsInTheEventsServiceState() throws {
        let fixture = try ReadModelFixture()
        let id = UUID()
        let original = Sample.details("Knygų mugė", capacity: 2)
        var changed = original
        changed.title = LocalizedText(lt: "Vilniaus knygų mugė", en: "Vilnius Book Fair")
        try fixture.apply(EventProposed(eventId: id, details: original))
        try fixture.apply(EventUpdated(eventId: id, details: changed))
        try fixture.apply(EventApproved(eventId: id))
        try fixture.apply(EventScheduled(eventId: id, details: changed))

        let names = ["Ona", "Petras", "Rūta", "Jonas", "Eglė"]
        let ids = names.map { _ in UUID() }
        let at = Sample.date("2026-11-20T10:00")
        try fixture.apply(RegistrationAccepted(registrationId: ids[0], eventId: id, attendee: Sample.attendee(names[0]), registeredAt: at))
        try fixture.apply(RegistrationAccepted(registrationId: ids[1], eventId: id, attendee: Sample.attendee(names[1]), registeredAt: at))
        for index in 2...4 {
            try fixture.apply(
                RegistrationWaitlisted(
                    registrationId: ids[index], eventId: id, attendee: Sample.attendee(names[index]), registeredAt: at,
                    position: index - 1))
        }
        XCTAssertEqual(try fixture.registrations(id).compactMap(\.position), [1, 2, 3])

        // Ona cancels: Rūta moves up; Jonas and Eglė move one place up.
        try fixture.apply(RegistrationCancelled(registrationId: ids[0], eventId: id, previousStatus: .accepted))
        try fixture.apply(RegistrationPromoted(registrationId: ids[2], eventId: id))
        // Jonas leaves the waiting list: Eglė is first.
        try fixture.apply(RegistrationCancelled(registrationId: ids[3], eventId: id, previousStatus: .waitlisted))
        try fixture.apply(AttendanceRecorded(registrationId: ids[1], eventId: id, attended: true))
        try fixture.apply(EventHeld(eventId: id, eventType: .exhibition))

        let event = try XCTUnwrap(try fixture.event(id))
        XCTAssertEqual(event.status, .held)
        XCTAssertEqual(event.details, changed)
        XCTAssertEqual(event.acceptedCount, 2)
        XCTAssertEqual(event.waitlistedCount, 1)
        XCTAssertEqual(event.placesLeft, 0)
        XCTAssertEqual(event.updatedSeq, fixture.seq)
        XCTAssertNotNil(event.scheduledAt)

        let registrations = Dictionary(uniqueKeysWithValues: try fixture.registrations(id).map { ($0.id, $0) })
        XCTAssertEqual(registrations[ids[0]]?.status, .cancelled)
        XCTAssertEqual(registrations[ids[1]]?.status, .accepted)
        XCTAssertEqual(registrations[ids[1]]?.attended, true)
        XCTAssertEqual(registrations[ids[2]]?.status, .accepted)
        XCTAssertNil(registrations[ids[2]]?.position)
        XCTAssertEqual(registrations[ids[3]]?.status, .cancelled)
        XCTAssertEqual(registrations[ids[4]]?.status, .waitlisted)
        XCTAssertEqual(registrations[ids[4]]?.position, 1)
        XCTAssertEqual(registrations[ids[4]]?.attendee, Sample.attendee("Eglė"))
    }

    func testWaitlistedAtAnEarlierPositionPushesOthersBack() throws {
        let fixture = try ReadModelFixture()
        let id = UUID()
        try fixture.apply(EventProposed(eventId: id, details: Sample.details("Paroda", capacity: 1)))
        let (first, second, third) = (UUID(), UUID(), UUID())
        let at = Date()
        try fixture.apply(RegistrationAccepted(registrationId: first, eventId: id, attendee: Sample.attendee("A"), registeredAt: at))
        try fixture.apply(RegistrationWaitlisted(registrationId: second, eventId: id, attendee: Sample.attendee("B"), registeredAt: at, position: 1))
        try fixture.apply(RegistrationWaitlisted(registrationId: third, eventId: id, attendee: Sample.attendee("C"), registeredAt: at, position: 1))
        let waiting = try fixture.registrations(id).filter { $0.status == .waitlisted }
        XCTAssertEqual(waiting.map(\.id), [third, second])
        XCTAssertEqual(waiting.map(\.position), [1, 2])
    }

    func testCancellationKeepsTheReason() throws {
        let fixture = try ReadModelFixture()
        let id = UUID()
        try fixture.apply(EventProposed(eventId: id, details: Sample.details("Konferencija", type: .conference)))
        try fixture.apply(EventCancelled(eventId: id, reason: "Lektorius susirgo"))
        let event = try XCTUnwrap(try fixture.event(id))
        XCTAssertEqual(event.status, .cancelled)
        XCTAssertEqual(event.cancelReason, "Lektorius susirgo")
        XCTAssertNil(event.scheduledAt)
    }

    func testUnknownTypeOrVersionThrowsUnknownType() throws {
        let fixture = try ReadModelFixture()
        let strange = Envelope(type: "event.exploded", version: 1, source: "events", seq: 1, occurredAt: Date(), payload: .object([:]))
        XCTAssertThrowsError(try fixture.database.writer.write { try fixture.feed.applier.apply(strange, in: $0) }) { error in
            XCTAssertEqual(error as? MessageSchemaError, .unknownType("event.exploded", version: 1))
        }
        var newer = try fixture.envelope(EventApproved(eventId: UUID()))
        newer.version = 2
        XCTAssertThrowsError(try fixture.database.writer.write { try fixture.feed.applier.apply(newer, in: $0) }) { error in
            XCTAssertEqual(error as? MessageSchemaError, .unknownType(EventApproved.type, version: 2))
        }
    }

    func testMessagesAboutUnknownThingsThrowClearErrors() throws {
        let fixture = try ReadModelFixture()
        let missing = UUID()
        XCTAssertThrowsError(try fixture.apply(EventApproved(eventId: missing))) { error in
            XCTAssertEqual(error as? EventsReadModelError, .unknownEvent(missing, messageType: EventApproved.type))
            XCTAssertTrue("\(error)".contains(missing.uuidString))
        }
        XCTAssertThrowsError(
            try fixture.apply(RegistrationAccepted(registrationId: UUID(), eventId: missing, attendee: Sample.attendee("A"), registeredAt: Date()))
        ) { error in
            XCTAssertEqual(error as? EventsReadModelError, .unknownEvent(missing, messageType: RegistrationAccepted.type))
        }
        let id = UUID()
        try fixture.apply(EventProposed(eventId: id, details: Sample.details("Paroda")))
        let registration = UUID()
        XCTAssertThrowsError(try fixture.apply(RegistrationPromoted(registrationId: registration, eventId: id))) { error in
            XCTAssertEqual(
                error as? EventsReadModelError,
                .unknownRegistration(registration, eventId: id, messageType: RegistrationPromoted.type))
        }
        let item = PlanItem(id: UUID(), year: 2026, title: "Mugė", type: .fairParticipation, quarter: 1, organisingUnit: "KS")
        XCTAssertThrowsError(try fixture.apply(PlanItemChanged(item: item))) { error in
            XCTAssertEqual(error as? EventsReadModelError, .unknownPlanItem(item.id, messageType: PlanItemChanged.type))
        }
    }

    func testPlanItemsAreAddedAndChanged() throws {
        let fixture = try ReadModelFixture()
        var item = PlanItem(id: UUID(), year: 2026, title: "Vilniaus knygų mugė", type: .fairParticipation, quarter: 1, organisingUnit: "KS")
        try fixture.apply(PlanItemAdded(item: item))
        item.quarter = 2
        item.notes = "Perkelta"
        try fixture.apply(PlanItemChanged(item: item))
        XCTAssertEqual(try fixture.read { try EventsQueries.planItem(id: item.id, in: $0) }, item)
    }
}
