import Foundation
import MediaRelationsService
import MessageSchema
import XCTest

/// Contacts and named contact lists.
final class ContactTests: MediaRelationsTestCase {
    func testCreatedContactIsStoredNormalisedAndAnnounced() async throws {
        let harness = try makeHarness()
        let id = UUID()
        let details = ContactDetails(
            kind: .museum, name: "  Lietuvos nacionalinis dailės muziejus ", topics: ["dailė", " Dailė ", "parodos", ""],
            language: "LT", email: " info@ldm.lt ", phone: "+370 5 262 8030")
        let ref = try await harness.expectSuccess(CreateContact(contactId: id, details: details))
        XCTAssertEqual(ref.contactId, id)
        let row = try await harness.row("SELECT * FROM contacts WHERE id = ?", [id.uuidString])
        XCTAssertEqual(row?["name"], "Lietuvos nacionalinis dailės muziejus")
        XCTAssertEqual(row?["email"], "info@ldm.lt")
        XCTAssertEqual(row?["language"], "lt")
        XCTAssertEqual(row?["topics"], "[\"dailė\",\"parodos\"]")
        let outbox = try await harness.outbox()
        XCTAssertEqual(outbox.map(\.type), [ContactCreated.type])
        let message = try outbox[0].decodePayload(ContactCreated.self)
        XCTAssertEqual(message.details.topics, ["dailė", "parodos"])
        XCTAssertEqual(message.details.kind, .museum)
    }

    func testBadEmailPhoneNameAndLanguageAreRefusedNamingTheField() async throws {
        let harness = try makeHarness()
        for (details, field) in [
            (ContactDetails(kind: .journalist, name: "Jonas", email: "jonas@"), "email"),
            (ContactDetails(kind: .journalist, name: "Jonas", email: "jonas.lrt.lt"), "email"),
            (ContactDetails(kind: .journalist, name: "Jonas", email: "jo nas@lrt.lt"), "email"),
            (ContactDetails(kind: .journalist, name: "Jonas", email: "jonas@lrt"), "email"),
            (ContactDetails(kind: .journalist, name: "Jonas", phone: "skambinti"), "phone"),
            (ContactDetails(kind: .journalist, name: "   "), "name"),
            (ContactDetails(kind: .journalist, name: "Jonas", language: "lietuvių"), "language"),
        ] {
            let failure = try await harness.expectRefusal(CreateContact(details: details))
            XCTAssertEqual(failure.code, .invalid)
            XCTAssertEqual(failure.details?["field"], field, failure.message)
        }
        let count = try await harness.count("contacts")
        XCTAssertEqual(count, 0)
        XCTAssertTrue(ContactRules.isEmailAddress("ona.petraitytė@lnb.lt"))
    }

    func testUpdateChangesOnlyGivenFieldsAndRefusesNothingOrUnknown() async throws {
        let harness = try makeHarness()
        let id = try await harness.journalist()
        try await harness.expectSuccess(UpdateContact(contactId: id, patch: ContactPatch(topics: ["bibliotekos"], phone: "+370 600 00000")))
        let row = try await harness.row("SELECT * FROM contacts WHERE id = ?", [id.uuidString])
        XCTAssertEqual(row?["topics"], "[\"bibliotekos\"]")
        XCTAssertEqual(row?["phone"], "+370 600 00000")
        XCTAssertEqual(row?["email"], "ruta@lrt.lt")
        let outbox = try await harness.outbox()
        XCTAssertEqual(try outbox.last?.decodePayload(ContactUpdated.self).details.name, "Rūta Žemaitytė")

        let empty = try await harness.expectRefusal(UpdateContact(contactId: id, patch: ContactPatch()))
        XCTAssertEqual(empty.code, .invalid)
        let unknown = try await harness.expectRefusal(UpdateContact(contactId: UUID(), patch: ContactPatch(name: "X")))
        XCTAssertEqual(unknown.code, .notFound)
        let badEmail = try await harness.expectRefusal(UpdateContact(contactId: id, patch: ContactPatch(email: "ne-paštas")))
        XCTAssertEqual(badEmail.details?["field"], "email")
    }

    func testListsHaveUniqueNamesAndEachContactOnce() async throws {
        let harness = try makeHarness()
        let contact = try await harness.journalist()
        let list = UUID()
        try await harness.expectSuccess(CreateContactList(listId: list, name: "Kultūros žurnalistai"))
        let sameName = try await harness.expectRefusal(CreateContactList(name: " Kultūros žurnalistai "))
        XCTAssertEqual(sameName.code, .conflict)
        let noName = try await harness.expectRefusal(CreateContactList(name: " "))
        XCTAssertEqual(noName.code, .invalid)

        try await harness.expectSuccess(AddContactToList(listId: list, contactId: contact))
        let twice = try await harness.expectRefusal(AddContactToList(listId: list, contactId: contact))
        XCTAssertEqual(twice.code, .conflict)
        let unknownContact = try await harness.expectRefusal(AddContactToList(listId: list, contactId: UUID()))
        XCTAssertEqual(unknownContact.code, .notFound)
        let unknownList = try await harness.expectRefusal(AddContactToList(listId: UUID(), contactId: contact))
        XCTAssertEqual(unknownList.code, .notFound)
        let members = try await harness.count("contactListMembers")
        XCTAssertEqual(members, 1)
        let types = try await harness.outbox().map(\.type)
        XCTAssertEqual(types, [ContactCreated.type, ContactListCreated.type, ContactAddedToList.type])
    }

    func testRemovingAMemberTakesItOffTheListAndIsRefusedForANonMember() async throws {
        let harness = try makeHarness()
        let ruta = try await harness.journalist()
        let jonas = try await harness.journalist("Jonas Jonaitis")
        let list = UUID()
        try await harness.expectSuccess(CreateContactList(listId: list, name: "Kultūros žurnalistai"))
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: ruta))
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: jonas))

        let editor = Actor(accountId: UUID(), name: "Rūta Redaktorė")
        let ref = try await harness.expectSuccess(RemoveContactFromList(listId: list, contactId: ruta), actor: editor)
        XCTAssertEqual(ref, ContactListRef(listId: list))
        let members = try await harness.rows("SELECT contactId FROM contactListMembers WHERE listId = ?", [list.uuidString])
        XCTAssertEqual(members.compactMap { $0["contactId"] }, [jonas.uuidString])
        let outbox = try await harness.outbox()
        let removed = try XCTUnwrap(outbox.last)
        XCTAssertEqual(removed.type, ContactRemovedFromList.type)
        XCTAssertEqual(removed.type, "contact-list.member-removed")
        XCTAssertEqual(removed.actor?.name, "Rūta Redaktorė")
        XCTAssertEqual(try removed.decodePayload(ContactRemovedFromList.self), ContactRemovedFromList(listId: list, contactId: ruta))

        let again = try await harness.expectRefusal(RemoveContactFromList(listId: list, contactId: ruta))
        XCTAssertEqual(again.code, .notFound)
        XCTAssertEqual(again.message, "Rūta Žemaitytė is not on the list \"Kultūros žurnalistai\".")
        XCTAssertEqual(again.details?["contactId"], ruta.uuidString)
        let unknownContact = UUID()
        let noContact = try await harness.expectRefusal(RemoveContactFromList(listId: list, contactId: unknownContact))
        XCTAssertEqual(noContact.code, .notFound)
        XCTAssertEqual(noContact.message, "No contact has the id \(unknownContact.uuidString).")
        let unknownList = UUID()
        let noList = try await harness.expectRefusal(RemoveContactFromList(listId: unknownList, contactId: jonas))
        XCTAssertEqual(noList.code, .notFound)
        XCTAssertEqual(noList.message, "No contact list has the id \(unknownList.uuidString).")
        let removals = try await harness.outbox().filter { $0.type == ContactRemovedFromList.type }
        XCTAssertEqual(removals.count, 1)

        // Taken off, the contact can be added again.
        try await harness.expectSuccess(AddContactToList(listId: list, contactId: ruta))
    }
}
