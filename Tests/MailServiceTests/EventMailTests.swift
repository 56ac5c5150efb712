import Foundation
import MailService
import MessageSchema
import SignedLinks
import XCTest

/// The mails the events service's messages call for, as the consumer applies them.
final class EventMailTests: XCTestCase {
    private func harness() throws -> MailHarness {
        let harness = try MailHarness()
        addTeardownBlock { harness.remove() }
        try harness.receive(EventScheduled(eventId: Sample.eventId, details: Sample.details()), from: .events)
        return harness
    }

    func testAnAcceptedRegistrationIsOneMailWithTheCancelLinkAndTheInvitation() throws {
        let app = try harness()
        let registration = UUID()
        let envelope = try app.receive(
            RegistrationAccepted(
                registrationId: registration, eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date()),
            from: .events)

        let mails = try app.mails()
        XCTAssertEqual(mails.count, 1)
        let mail = try XCTUnwrap(mails.first)
        XCTAssertEqual(mail.kind, .registrationAccepted)
        XCTAssertEqual(mail.recipient, "Zydrune@Example.lt")
        XCTAssertEqual(mail.status, .pending)
        XCTAssertEqual(mail.subject, "Registracija patvirtinta: Knygos „Žalgirio mūšis“ pristatymas")
        XCTAssertEqual(
            mail.id, UUID(derivedFrom: "mail \(envelope.id.uuidString) \(registration.uuidString) zydrune@example.lt").uuidString)

        let parsed = ParsedMail(mail.raw)
        XCTAssertEqual(ParsedMail.decodeWords(try XCTUnwrap(parsed.header("Subject"))), mail.subject)
        let text = String(decoding: try XCTUnwrap(parsed.part("text/plain")), as: UTF8.self)
        let token = SignedLink(.cancelRegistration, subject: registration.uuidString).token(secret: MailHarness.secret)
        XCTAssertTrue(text.contains("https://komunika.lnb.lt/registracija/atsaukti/\(token)"), text)
        XCTAssertTrue(text.hasPrefix("Sveiki, Žydrūnė Šėškienė,"), text)
        XCTAssertTrue(text.contains("Kada: 2027 m. vasario 24 d. 18:00."), text)
        let html = String(decoding: try XCTUnwrap(parsed.part("text/html")), as: UTF8.self)
        XCTAssertTrue(html.contains("<a href=\"https://komunika.lnb.lt/registracija/atsaukti/\(token)\">"), html)
        XCTAssertTrue(html.contains("„Žalgirio mūšis“"), html)
        let ics = String(decoding: try XCTUnwrap(parsed.part("text/calendar; charset=utf-8; method=REQUEST")), as: UTF8.self)
        XCTAssertTrue(ics.contains("METHOD:REQUEST\r\n"), ics)
        XCTAssertTrue(ics.contains("DTSTART:20270224T160000Z\r\n"), ics)
        XCTAssertTrue(ics.contains("UID:\(Sample.eventId.uuidString)@komunika.lnb.lt\r\n"), ics)
    }

    func testAReplayedMessageQueuesNoSecondMail() throws {
        let app = try harness()
        let message = RegistrationAccepted(
            registrationId: UUID(), eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date())
        let envelope = try app.receive(message, from: .events)
        try app.apply(envelope)
        XCTAssertEqual(try app.mails().count, 1)
    }

    func testTheWaitingListMailSaysThePositionAndHasNoInvitation() throws {
        let app = try harness()
        try app.receive(
            RegistrationWaitlisted(
                registrationId: UUID(), eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date(), position: 3),
            from: .events)
        let mail = try XCTUnwrap(try app.mails().first)
        XCTAssertEqual(mail.kind, .registrationWaitlisted)
        let text = String(decoding: try XCTUnwrap(ParsedMail(mail.raw).part("text/plain")), as: UTF8.self)
        XCTAssertTrue(text.contains("Jūsų eilės numeris: 3."), text)
        XCTAssertNil(ParsedMail(mail.raw).part("text/calendar"))
    }

    func testAMovedEventTellsEveryoneStillRegisteredWithTheNewTime() throws {
        let app = try harness()
        let (kept, cancelled, waiting) = (UUID(), UUID(), UUID())
        try app.receive(
            RegistrationAccepted(registrationId: kept, eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date()),
            from: .events)
        try app.receive(
            RegistrationAccepted(
                registrationId: cancelled, eventId: Sample.eventId,
                attendee: Attendee(name: "Petras", email: "petras@example.lt"), registeredAt: Date()), from: .events)
        try app.receive(
            RegistrationWaitlisted(
                registrationId: waiting, eventId: Sample.eventId, attendee: Attendee(name: "Ona", email: "ona@example.lt"),
                registeredAt: Date(), position: 1), from: .events)
        try app.receive(RegistrationCancelled(registrationId: cancelled, eventId: Sample.eventId, previousStatus: .accepted), from: .events)
        try app.receive(EventUpdated(eventId: Sample.eventId, details: Sample.details(startsAt: "2027-03-03T15:00")), from: .events)

        let moved = try app.mails().filter { $0.kind == .eventMoved }
        XCTAssertEqual(moved.map(\.recipient).sorted(), ["Zydrune@Example.lt", "ona@example.lt"])
        let parsed = ParsedMail(try XCTUnwrap(moved.first).raw)
        let text = String(decoding: try XCTUnwrap(parsed.part("text/plain")), as: UTF8.self)
        XCTAssertTrue(text.contains("Naujas laikas: 2027 m. kovo 3 d. 17:00."), text)
        let ics = String(decoding: try XCTUnwrap(parsed.part("text/calendar")), as: UTF8.self)
        XCTAssertTrue(ics.contains("DTSTART:20270303T150000Z\r\n"), ics)
        XCTAssertTrue(ics.contains("SEQUENCE:1\r\n"), ics)
    }

    func testAnEventMovedToAnotherHallSaysThePlaceChangedAndKeepsTheTime() throws {
        let app = try harness()
        try app.receive(
            RegistrationAccepted(registrationId: UUID(), eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date()),
            from: .events)
        var details = Sample.details()
        details.venue = Venue(kind: .libraryHall, hall: "Didžioji salė")
        try app.receive(EventUpdated(eventId: Sample.eventId, details: details), from: .events)

        let moved = try XCTUnwrap(try app.mails().first { $0.kind == .eventMoved })
        XCTAssertEqual(moved.subject, "Renginio vieta pasikeitė: Knygos „Žalgirio mūšis“ pristatymas")
        let parsed = ParsedMail(moved.raw)
        let text = String(decoding: try XCTUnwrap(parsed.part("text/plain")), as: UTF8.self)
        XCTAssertTrue(text.contains("Renginys „Knygos „Žalgirio mūšis“ pristatymas“ vyks kitoje vietoje."), text)
        XCTAssertTrue(
            text.contains(
                "Kada: 2027 m. vasario 24 d. 18:00. Nauja vieta: Lietuvos nacionalinė Martyno Mažvydo biblioteka, Didžioji salė."),
            text)
        let ics = String(decoding: try XCTUnwrap(parsed.part("text/calendar")), as: UTF8.self)
        XCTAssertTrue(ics.contains("SEQUENCE:1\r\n"), ics)
    }

    func testAnUpdateThatMovesNothingSendsNothing() throws {
        let app = try harness()
        try app.receive(
            RegistrationAccepted(registrationId: UUID(), eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date()),
            from: .events)
        try app.receive(EventUpdated(eventId: Sample.eventId, details: Sample.details("Naujas pavadinimas")), from: .events)
        XCTAssertEqual(try app.mails().map(\.kind), [.registrationAccepted])
    }

    func testACancelledEventSendsTheCancellationOfTheInvitation() throws {
        let app = try harness()
        try app.receive(
            RegistrationAccepted(registrationId: UUID(), eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date()),
            from: .events)
        try app.receive(EventCancelled(eventId: Sample.eventId, reason: "Autorius susirgo"), from: .events)
        let mail = try XCTUnwrap(try app.mails().first { $0.kind == .eventCancelled })
        let parsed = ParsedMail(mail.raw)
        XCTAssertTrue(String(decoding: try XCTUnwrap(parsed.part("text/plain")), as: UTF8.self).contains("Priežastis: Autorius susirgo"))
        let ics = String(decoding: try XCTUnwrap(parsed.part("text/calendar; charset=utf-8; method=CANCEL")), as: UTF8.self)
        XCTAssertTrue(ics.contains("METHOD:CANCEL\r\n") && ics.contains("STATUS:CANCELLED\r\n"), ics)
    }

    func testARegistrationForAnUnknownEventIsRefusedForTheDeadLetters() throws {
        let app = try MailHarness()
        addTeardownBlock { app.remove() }
        let other = UUID()
        XCTAssertThrowsError(
            try app.receive(
                RegistrationAccepted(registrationId: UUID(), eventId: other, attendee: Sample.attendee, registeredAt: Date()),
                from: .events)
        ) { error in
            XCTAssertEqual("\(error)", "the mail service has no event \(other.uuidString)")
        }
    }
}
