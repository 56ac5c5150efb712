import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The mail part's rows that name a person: the mails the mail service gave
/// up on, by recipient (`mailFailures`), as `PersonalDataHolder`. Erasing
/// by address empties the recipient and takes the address out of the
/// relay's answer; the row stays with its kind, subject, answer and dates,
/// so the failures still count. The mail
/// service publishes no record of its mails in `PersonErased`, so these
/// rows are erased when the operator asks the gateway (`people erase`).
struct MailFailurePeople: PersonalDataHolder {
    func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let rows = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT mailId, kind, recipient, subject, lastAnswer, attempts, createdAt, failedAt FROM mailFailures
                WHERE \(PersonalDataRows.addressMatches("recipient")) ORDER BY failedAt
                """, arguments: [email])
        return ["mailFailures": rows]
    }

    func erase(email: String, in db: Database) throws -> Erasure {
        let rows = try Row.fetchAll(
            db, sql: "SELECT mailId, recipient, lastAnswer FROM mailFailures WHERE \(PersonalDataRows.addressMatches("recipient"))",
            arguments: [email])
        var erasure = Erasure()
        for row in rows {
            let recipient: String = row["recipient"]
            let answer: String = row["lastAnswer"]
            try db.execute(
                sql: "UPDATE mailFailures SET recipient = ?, lastAnswer = ? WHERE mailId = ?",
                arguments: [
                    PersonErasure.erasedEmail, Self.withoutAddress(answer, recipient, email), row["mailId"] as String,
                ])
            erasure.texts[recipient] = PersonErasure.erasedEmail
        }
        return erasure
    }

    /// The relay's answer without the address in it (`550 5.1.1 <address>: …`), in any case.
    static func withoutAddress(_ answer: String, _ addresses: String...) -> String {
        addresses.reduce(answer) { text, address in
            text.replacingOccurrences(of: address, with: PersonErasure.erasedEmail, options: .caseInsensitive)
        }
    }
}
