import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The events part's copies of registrations, as `PersonalDataHolder`:
/// exported and erased by address when the operator asks the gateway, and
/// by id when the events service's `PersonErased` is applied. The
/// registration stays, with its status, place and attendance, so every
/// count the part shows is unchanged.
struct RegistrationPeople: PersonalDataHolder {
    static let registrations = PersonalTable(
        "registrations", kind: .registration, name: "name", cleared: [("email", PersonErasure.erasedEmail)])

    func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let rows = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT r.id AS registrationId, r.eventId, e.titleLt AS eventTitle, r.name, r.email, r.organisation,
                       r.status, r.registeredAt, r.attended
                FROM registrations r JOIN events e ON e.id = r.eventId
                WHERE \(PersonalDataRows.addressMatches("r.email")) ORDER BY r.registeredAt
                """, arguments: [email])
        return ["registrations": rows]
    }

    func erase(email: String, in db: Database) throws -> Erasure {
        try Self.registrations.anonymise(db, where: PersonalDataRows.addressMatches("email"), arguments: [email])
    }
}

extension EventsReadModel {
    /// `PersonErased` from the events service: its registrations lose name and address.
    func personErased(_ message: PersonErased, _ change: Change) throws {
        let ids = message.ids(of: .registration)
        guard !ids.isEmpty else { return }
        _ = try RegistrationPeople.registrations.anonymise(ids: ids, in: change.db)
        // Lists of registrations show the names: their `updatedSeq` (ETags) moves on.
        // The registrations' own too, so an older message retried late cannot bring a name back.
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var values: [(any DatabaseValueConvertible)?] = [change.seq]
        values += ids.map { $0.uuidString }
        try change.db.execute(
            sql: """
                UPDATE events SET updatedSeq = MAX(updatedSeq, ?)
                WHERE id IN (SELECT eventId FROM registrations WHERE id IN (\(marks)))
                """,
            arguments: StatementArguments(values))
        try change.db.execute(
            sql: "UPDATE registrations SET updatedSeq = MAX(updatedSeq, ?) WHERE id IN (\(marks))",
            arguments: StatementArguments(values))
    }
}
