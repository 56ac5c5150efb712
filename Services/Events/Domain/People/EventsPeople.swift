import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the events service keeps on people: registrations (name, address,
/// organisation). Erasing one keeps it as it was for the counts — status,
/// queue number, attendance, the organisation (an institution, not a
/// person) — with the name `PersonErasure.erasedName` and no address. An
/// erased address no longer blocks its owner from registering for the same
/// event again: nothing remains to compare it with.
public struct EventsPeople: PersonalDataHolder {
    static let registrations = PersonalTable(
        "registrations", kind: .registration, name: "name", cleared: [("email", PersonErasure.erasedEmail)])

    public init() {}

    public func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let rows = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT r.id AS registrationId, r.eventId, e.titleLt AS eventTitle, e.startsAt AS eventStartsAt,
                       r.name, r.email, r.organisation, r.status, r.registeredAt, r.attended
                FROM registrations r JOIN events e ON e.id = r.eventId
                WHERE \(PersonalDataRows.addressMatches("r.email")) ORDER BY r.registeredAt
                """, arguments: [email])
        return ["registrations": rows]
    }

    public func erase(email: String, in db: Database) throws -> Erasure {
        try Self.registrations.anonymise(db, where: PersonalDataRows.addressMatches("email"), arguments: [email])
    }

    public func eraseExpired(endedBefore cutoff: Date, in db: Database) throws -> Erasure {
        try Self.registrations.anonymise(
            db, where: "email <> '' AND eventId IN (SELECT id FROM events WHERE endsAt < ?)", arguments: [cutoff])
    }
}
