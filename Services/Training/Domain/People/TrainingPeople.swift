import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the training service keeps on people: enrolments (name, address,
/// institution, municipality) and the certificates issued on them (name).
/// Erasing keeps the enrolment for the counts — status, queue number,
/// attendance, institution and municipality (the library, not the person) —
/// and the certificate's code, course and date, with the name
/// `PersonErasure.erasedName` and no address; the certificate page then
/// shows the erased name. An erased address may enrol in the same session
/// again: nothing remains to compare it with.
///
/// Retention erases the enrolment's address only where a certificate was
/// issued on it: a certificate is there to be checked for years, so it and
/// its enrolment keep the name until its holder asks.
public struct TrainingPeople: PersonalDataHolder {
    public init() {}

    public func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let enrolments = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT en.id AS enrolmentId, en.sessionId, c.titleLt AS courseTitle, s.startsAt AS sessionStartsAt,
                       en.name, en.email, en.institution, en.municipality, en.status, en.enrolledAt, en.attendance
                FROM enrolments en JOIN sessions s ON s.id = en.sessionId JOIN courses c ON c.id = s.courseId
                WHERE en.emailKey = ? ORDER BY en.enrolledAt
                """, arguments: [email])
        let certificates = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT ce.id AS certificateId, ce.code, ce.enrolmentId, ce.name, ce.institution, ce.courseTitleLt,
                       ce.sessionStartsAt, ce.issuedAt
                FROM certificates ce JOIN enrolments en ON en.id = ce.enrolmentId
                WHERE en.emailKey = ? ORDER BY ce.issuedAt
                """, arguments: [email])
        return ["enrolments": enrolments, "certificates": certificates]
    }

    static let enrolments = PersonalTable(
        "enrolments", kind: .enrolment, name: "name",
        cleared: [("email", PersonErasure.erasedEmail), ("emailKey", PersonErasure.erasedEmail)])
    static let certificates = PersonalTable("certificates", kind: .certificate, name: "name", cleared: [])
    /// An enrolment's address alone, where a certificate keeps the name.
    static let certifiedAddresses = PersonalTable(
        "enrolments", kind: .enrolment, name: nil,
        cleared: [("email", PersonErasure.erasedEmail), ("emailKey", PersonErasure.erasedEmail)])

    public func erase(email: String, in db: Database) throws -> Erasure {
        var erasure = try Self.certificates.anonymise(
            db, where: "enrolmentId IN (SELECT id FROM enrolments WHERE emailKey = ?)", arguments: [email])
        erasure.merge(try Self.enrolments.anonymise(db, where: "emailKey = ?", arguments: [email]))
        return erasure
    }

    public func eraseExpired(endedBefore cutoff: Date, in db: Database) throws -> Erasure {
        let ended = "emailKey <> '' AND sessionId IN (SELECT id FROM sessions WHERE endsAt < ?)"
        let certified = "id IN (SELECT enrolmentId FROM certificates)"
        var erasure = try Self.certifiedAddresses.anonymise(db, where: "\(ended) AND \(certified)", arguments: [cutoff])
        erasure.merge(try Self.enrolments.anonymise(db, where: "\(ended) AND NOT \(certified)", arguments: [cutoff]))
        return erasure
    }
}
