import Foundation
import GRDB
import MessageSchema

extension MediaRelationsChange {
    /// Stores a new contact. Message: `ContactCreated`.
    func createContact(_ command: CreateContact) throws -> ContactRef {
        try ContactRules.validate(command.details)
        let details = ContactRules.normalised(command.details)
        if try ContactRecord.exists(db, key: command.contactId.uuidString) {
            throw CommandFailure(
                .conflict, "A contact with the id \(command.contactId.uuidString) exists already.",
                details: ["contactId": command.contactId.uuidString])
        }
        try ContactRecord(id: command.contactId, details: details, createdAt: now).insert(db)
        try publish(ContactCreated(contactId: command.contactId, details: details))
        return ContactRef(contactId: command.contactId)
    }

    /// Changes a contact. Message: `ContactUpdated` with the whole description.
    func updateContact(_ command: UpdateContact) throws -> ContactRef {
        if command.patch.isEmpty {
            throw invalidInput("patch", "The patch changes nothing: give at least one field to change.")
        }
        var contact = try existingContact(command.contactId)
        let changed = command.patch.applied(to: contact.details)
        try ContactRules.validate(changed)
        contact.details = ContactRules.normalised(changed)
        contact.updatedAt = now
        try contact.update(db)
        try publish(ContactUpdated(contactId: command.contactId, details: contact.details))
        return ContactRef(contactId: command.contactId)
    }

    /// Stores a new, empty contact list with a name no other list has. Message: `ContactListCreated`.
    func createList(_ command: CreateContactList) throws -> ContactListRef {
        let name = command.name.trimmed
        if name.isEmpty { throw invalidInput("name", "The list's name (name) is required.") }
        if try ContactListRecord.exists(db, key: command.listId.uuidString) {
            throw CommandFailure(
                .conflict, "A contact list with the id \(command.listId.uuidString) exists already.",
                details: ["contactListId": command.listId.uuidString])
        }
        if let other = try ContactListRecord.filter(Column("name") == name).fetchOne(db) {
            throw CommandFailure(
                .conflict, "A contact list named \"\(name)\" exists already.", details: ["contactListId": other.id])
        }
        try ContactListRecord(id: command.listId.uuidString, name: name, createdAt: now).insert(db)
        try publish(ContactListCreated(listId: command.listId, name: name))
        return ContactListRef(listId: command.listId)
    }

    /// Adds a contact to a list it is not on yet. Message: `ContactAddedToList`.
    func addToList(_ command: AddContactToList) throws -> ContactListRef {
        let list = try existingList(command.listId)
        let contact = try existingContact(command.contactId)
        let onList =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM contactListMembers WHERE listId = ? AND contactId = ?)",
                arguments: [list.id, contact.id]) ?? false
        if onList {
            throw CommandFailure(
                .conflict, "\(contact.name) is on the list \"\(list.name)\" already.",
                details: ["contactListId": list.id, "contactId": contact.id])
        }
        try ContactListMemberRecord(listId: list.id, contactId: contact.id, addedAt: now).insert(db)
        try publish(ContactAddedToList(listId: command.listId, contactId: command.contactId))
        return ContactListRef(listId: command.listId)
    }

    /// Takes a contact off a list it is on; press releases distributed
    /// before keep their recipients. Message: `ContactRemovedFromList`.
    func removeFromList(_ command: RemoveContactFromList) throws -> ContactListRef {
        let list = try existingList(command.listId)
        let contact = try existingContact(command.contactId)
        try db.execute(
            sql: "DELETE FROM contactListMembers WHERE listId = ? AND contactId = ?", arguments: [list.id, contact.id])
        if db.changesCount == 0 {
            throw CommandFailure(
                .notFound, "\(contact.name) is not on the list \"\(list.name)\".",
                details: ["contactListId": list.id, "contactId": contact.id])
        }
        try publish(ContactRemovedFromList(listId: command.listId, contactId: command.contactId))
        return ContactListRef(listId: command.listId)
    }
}
