import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The training part's copies of enrolments and certificates, as
/// `PersonalDataHolder`: exported and erased by address when the operator
/// asks the gateway, and by id when the training service's `PersonErased`
/// is applied. Enrolments keep their status, place, attendance, institution
/// and municipality, certificates their code, so every count is unchanged;
/// the certificate page then shows the erased name.
struct TraineePeople: PersonalDataHolder {
    static let enrolments = PersonalTable(
        "trainingEnrolments", kind: .enrolment, name: "name", cleared: [("email", PersonErasure.erasedEmail)])
    static let certificates = PersonalTable(
        "trainingCertificates", kind: .certificate, idColumn: "certificateId", name: "name", cleared: [])

    func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let match = PersonalDataRows.addressMatches("email")
        let enrolments = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT id AS enrolmentId, sessionId, name, email, institution, municipality, status, enrolledAt, attendance
                FROM trainingEnrolments WHERE \(match) ORDER BY enrolledAt
                """, arguments: [email])
        let certificates = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT certificateId, code, enrolmentId, name, institution, courseTitleLt, sessionStartsAt, issuedAt
                FROM trainingCertificates WHERE enrolmentId IN (SELECT id FROM trainingEnrolments WHERE \(match))
                ORDER BY issuedAt
                """, arguments: [email])
        return ["trainingEnrolments": enrolments, "trainingCertificates": certificates]
    }

    func erase(email: String, in db: Database) throws -> Erasure {
        let match = PersonalDataRows.addressMatches("email")
        var erasure = try Self.certificates.anonymise(
            db, where: "enrolmentId IN (SELECT id FROM trainingEnrolments WHERE \(match))", arguments: [email])
        erasure.merge(try Self.enrolments.anonymise(db, where: match, arguments: [email]))
        return erasure
    }
}

extension TrainingReadModel {
    /// `PersonErased` from the training service: its enrolments and certificates lose name and address.
    func personErased(_ message: PersonErased, _ change: Change) throws {
        _ = try TraineePeople.enrolments.anonymise(ids: message.ids(of: .enrolment), in: change.db)
        _ = try TraineePeople.certificates.anonymise(ids: message.ids(of: .certificate), in: change.db)
    }
}
