import Foundation
import GRDB
import MessageSchema

/// The members of a press-room contact list as survey invitees. It reads
/// the media-relations part's tables of the same read model
/// (`mediaContactLists`, `mediaContactListMembers`, `mediaContacts`): the
/// one place a survey needs another part's data, read, never written.
/// Addresses on the do-not-contact list (`mediaDoNotContact`, lower case)
/// are left out, as a press release's distribution leaves them out.
enum ContactListInvitees {
    struct Found: Equatable {
        /// Members with an e-mail, in the order they were added, each with a new invitation id.
        var invitees: [SurveyInvitee]
        /// Members without an e-mail, left out.
        var withoutEmail: Int
        /// Members whose address is on the do-not-contact list, left out.
        var doNotContact: Int = 0
    }

    /// The list's members, or `nil` when the read model has no such list.
    static func of(_ listId: UUID, in db: Database) throws -> Found? {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM mediaContactLists WHERE id = ?", arguments: [listId.uuidString]) != nil
        else { return nil }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.name, c.email FROM mediaContactListMembers m JOIN mediaContacts c ON c.id = m.contactId
                WHERE m.listId = ? ORDER BY m.addedAt, c.id
                """,
            arguments: [listId.uuidString])
        let doNotContact = Set(try String.fetchAll(db, sql: "SELECT email FROM mediaDoNotContact"))
        var found = Found(invitees: [], withoutEmail: 0)
        for row in rows {
            guard let email: String = row["email"], !email.isEmpty else {
                found.withoutEmail += 1
                continue
            }
            if doNotContact.contains(email.trimmingCharacters(in: .whitespaces).lowercased()) {
                found.doNotContact += 1
                continue
            }
            found.invitees.append(SurveyInvitee(name: row["name"], email: email))
        }
        return found
    }

    /// Every contact list, `(id, name)` in Lithuanian order, for the staff's choice.
    static func lists(in db: Database) throws -> [(id: String, name: String)] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM mediaContactLists ORDER BY nameSortKey, name, id")
            .map { (id: ($0["id"] as String).lowercased(), name: $0["name"]) }
    }
}
