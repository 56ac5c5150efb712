import Foundation
import GRDB
import MessageSchema

extension MediaRelationsChange {
    /// Puts an address on the do-not-contact list, in lower case, with who
    /// put it there (the command's actor; none for a person's own link).
    /// Message: `DoNotContactAdded`; none when it was on the list already.
    func addToDoNotContact(_ command: AddToDoNotContact) throws -> DoNotContactOutcome {
        let email = command.email.trimmed.lowercased()
        if email.isEmpty { throw invalidInput("email", "The e-mail address (email) is required.") }
        if !ContactRules.isEmailAddress(email) { throw invalidInput("email", "'\(email)' is not an e-mail address.") }
        if try DoNotContactRecord.exists(db, key: email) {
            return DoNotContactOutcome(email: email, added: false)
        }
        try DoNotContactRecord(email: email, reason: command.reason, addedAt: now, addedByName: actor?.name).insert(db)
        try publish(DoNotContactAdded(email: email, reason: command.reason))
        return DoNotContactOutcome(email: email, added: true)
    }

    /// Which of `contactIds` have an address on the do-not-contact list.
    func onDoNotContactList(_ contactIds: [String]) throws -> Set<String> {
        guard !contactIds.isEmpty else { return [] }
        return Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT c.id FROM contacts c JOIN doNotContact d ON d.email = LOWER(TRIM(c.email))
                    WHERE c.id IN (\(databaseQuestionMarks(count: contactIds.count)))
                    """,
                arguments: StatementArguments(contactIds)))
    }
}
