import Foundation
import GRDB
import KomunikaTesting
import MessageSchema
import ServiceKit
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit
@testable import GatewayMail
@testable import GatewayMediaRelations

/// The read model applies each service's `PersonErased` by the ids it
/// carries, and erases by address when asked directly (`GatewayPeople`).
final class PersonErasedTests: XCTestCase {
    let julija = Attendee(name: "Julija Žemaitė", email: "julija.zemaite@example.lt", organisation: "Šiaulių biblioteka")

    func testARegistrationLosesNameAndAddressAndTheEventKeepsItsCounts() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .events)
        let event = UUID()
        let (registration, other) = (UUID(), UUID())
        try feed.apply(EventProposed(eventId: event, details: Sample.details("Poezijos vakaras", capacity: 1)))
        try feed.apply(RegistrationAccepted(registrationId: registration, eventId: event, attendee: julija, registeredAt: Date()))
        try feed.apply(
            RegistrationWaitlisted(
                registrationId: other, eventId: event, attendee: Sample.attendee("Petras"), registeredAt: Date(), position: 1))

        try feed.apply(
            PersonErased(erasureId: UUID(), reason: .request, records: [ErasedRecord(.registration, registration)]))

        let registrations = try fixture.registrations(event)
        XCTAssertEqual(registrations.map(\.attendee.name), ["ištrinta", "Petras"])
        XCTAssertEqual(registrations.first?.attendee.email, "")
        XCTAssertEqual(registrations.first?.attendee.organisation, "Šiaulių biblioteka")
        XCTAssertEqual(registrations.map(\.status), [.accepted, .waitlisted])
        XCTAssertEqual(try fixture.event(event)?.acceptedCount, 1)
        XCTAssertEqual(try fixture.event(event)?.waitlistedCount, 1)
    }

    func testAContactIsErasedFromTheSearchIndexToo() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        let contact = UUID()
        try feed.apply(
            ContactCreated(
                contactId: contact,
                details: ContactDetails(
                    kind: .journalist, name: "Julija Žemaitė", organisation: "LRT", topics: ["kultūra"],
                    email: "julija.zemaite@lrt.lt", notes: "Rašo apie parodas")))

        try feed.apply(PersonErased(erasureId: UUID(), reason: .request, records: [ErasedRecord(.contact, contact)]))

        let found = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(text: "zemaite"), page: Page(), in: $0) }
        XCTAssertEqual(found.total, 0)
        let all = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(), page: Page(), in: $0) }
        XCTAssertEqual(all.items.map(\.details.name), ["ištrinta"])
        XCTAssertNil(all.items.first?.details.email)
        XCTAssertEqual(all.items.first?.details.organisation, "LRT")
    }

    func testTheGatewayErasesByAddressAcrossItsPartsAndScrubsItsFile() async throws {
        let fixture = try ReadModelFixture()
        let events = MessageFeed(fixture.database, source: .events)
        let event = UUID()
        try events.apply(EventProposed(eventId: event, details: Sample.details("Poezijos vakaras", capacity: 5)))
        try events.apply(RegistrationAccepted(registrationId: UUID(), eventId: event, attendee: julija, registeredAt: Date()))
        try MessageFeed(fixture.database, source: .mediaRelations).apply(
            ContactCreated(
                contactId: UUID(),
                details: ContactDetails(kind: .journalist, name: "Julija Žemaitė", topics: [], email: "Julija.Zemaite@example.lt")))
        let eraser = PersonalDataEraser(
            source: "gateway", database: fixture.database, holder: GatewayParts.people, publishes: false)

        let exported = try await eraser.export(email: "julija.zemaite@example.lt")
        let erasure = try await eraser.erase(email: "julija.zemaite@example.lt", erasureId: UUID())

        guard case .array(let registrations)? = exported["registrations"], case .array(let contacts)? = exported["mediaContacts"]
        else { return XCTFail("expected registrations and contacts, got \(exported)") }
        XCTAssertEqual(registrations.count, 1)
        XCTAssertEqual(contacts.count, 1)
        XCTAssertEqual(Set(erasure.records.map(\.kind)), [.registration, .contact])
        XCTAssertEqual(try fixture.registrations(event).map(\.attendee.name), ["ištrinta"])
        for text in ["julija.zemaite@example.lt", "Julija.Zemaite@example.lt", "Julija Žemaitė", "zemaite"] {
            XCTAssertEqual(try SQLiteTraces.filesContaining(text, in: fixture.folder), [], "\(text) is still in the files")
        }
    }

    func testAFailedMailLosesItsRecipientByAddressAndStillCounts() async throws {
        let fixture = try ReadModelFixture()
        let mail = MessageFeed(fixture.database, source: .mail)
        let answer = "550 5.1.1 <julija.zemaite@example.lt>: Recipient address rejected: User unknown"
        for (recipient, subject) in [
            ("Julija.Zemaite@example.lt", "Registracija patvirtinta: Poezijos vakaras"),
            ("petras@example.lt", "Laukiančiųjų sąrašas: Poezijos vakaras"),
        ] {
            try mail.apply(
                MailFailed(
                    mailId: UUID(), kind: .registrationAccepted, recipient: recipient, subject: subject,
                    lastAnswer: recipient.hasPrefix("Julija") ? answer : "550 5.1.1 User unknown", attempts: 30,
                    createdAt: Date().addingTimeInterval(-86_400), failedAt: Date()))
        }
        let eraser = PersonalDataEraser(
            source: "gateway", database: fixture.database, holder: GatewayParts.people, publishes: false)

        let exported = try await eraser.export(email: "julija.zemaite@example.lt")
        guard case .array(let exportedFailures)? = exported["mailFailures"] else {
            return XCTFail("expected the mail failures, got \(exported)")
        }
        XCTAssertEqual(exportedFailures.count, 1)
        let erasure = try await eraser.erase(email: "julija.zemaite@example.lt", erasureId: UUID())

        XCTAssertEqual(erasure.texts["Julija.Zemaite@example.lt"], "")
        let rows = try await fixture.database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT recipient, lastAnswer FROM mailFailures ORDER BY subject")
        }
        XCTAssertEqual(rows.map { $0["recipient"] as String }, ["petras@example.lt", ""])
        XCTAssertEqual(rows.last?["lastAnswer"] as String?, "550 5.1.1 <>: Recipient address rejected: User unknown")
        let failures = try await fixture.database.writer.read { db in try MailQueries.failureCount(in: db) }
        XCTAssertEqual(failures, 2, "the failures still count")
        for text in ["julija.zemaite@example.lt", "Julija.Zemaite@example.lt"] {
            XCTAssertEqual(try SQLiteTraces.filesContaining(text, in: fixture.folder), [], "\(text) is still in the files")
        }
    }
}
