import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// An address on the do-not-contact list, as the read model has it.
struct DoNotContactEntry: Sendable, Equatable {
    /// Lower case.
    var email: String
    var reason: DoNotContactReason
    var addedAt: Date
    /// Who put it there; `nil` when the person unsubscribed by the link.
    var addedBy: Actor?

    static let addedByColumns = ActorColumns("addedBy")

    init(row: Row) throws {
        let email: String = row["email"]
        guard let reason = DoNotContactReason(rawValue: row["reason"]) else {
            throw UnreadableRow(table: "mediaDoNotContact", id: email, column: "reason")
        }
        self.email = email
        self.reason = reason
        addedAt = row["addedAt"]
        addedBy = Self.addedByColumns.actor(in: row)
    }
}

extension MediaRelationsQueries {
    /// The whole do-not-contact list, newest first.
    static func doNotContact(in db: Database) throws -> [DoNotContactEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM mediaDoNotContact ORDER BY addedAt DESC, email")
            .map(DoNotContactEntry.init(row:))
    }

    /// The list's entry for `email` (any case); `nil` when it is not on it.
    static func doNotContact(email: String, in db: Database) throws -> DoNotContactEntry? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM mediaDoNotContact WHERE email = ?",
            arguments: [email.trimmingCharacters(in: .whitespaces).lowercased()]
        ).map(DoNotContactEntry.init(row:))
    }

    /// Every address on the list, lower case.
    static func doNotContactEmails(in db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT email FROM mediaDoNotContact"))
    }
}
