import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the surveys service keeps on people: the contact details a
/// respondent of a survey that is not anonymous gave (name, address), and
/// the name and address of each person invited to answer.
/// Erasing keeps the response and its answers — the results and every
/// aggregate stay exactly as they were — with the name
/// `PersonErasure.erasedName` and no address. What a respondent typed into
/// a text answer is an answer, not a contact detail, and stays.
///
/// Retention counts from the later of the response and the survey's
/// closing time (`closesAt`): contact details are erased that many months
/// after the survey they answered ended.
public struct SurveysPeople: PersonalDataHolder {
    public init() {}

    public func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let rows = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT r.id AS responseId, r.surveyId, s.titleLt AS surveyTitle, r.submittedAt,
                       r.respondentName, r.respondentEmail, r.answers
                FROM responses r JOIN surveys s ON s.id = r.surveyId
                WHERE \(PersonalDataRows.addressMatches("r.respondentEmail")) ORDER BY r.submittedAt
                """, arguments: [email])
        let invitations = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT i.id AS invitationId, i.surveyId, s.titleLt AS surveyTitle, i.name, i.email, i.issuedAt, i.answeredAt
                FROM invitations i JOIN surveys s ON s.id = i.surveyId WHERE i.emailKey = ? ORDER BY i.issuedAt
                """, arguments: [email])
        return ["responses": rows, "invitations": invitations]
    }

    static let responses = PersonalTable(
        "responses", kind: .surveyResponse, name: "respondentName", cleared: [("respondentEmail", nil)])

    public func erase(email: String, in db: Database) throws -> Erasure {
        var erasure = try Self.responses.anonymise(
            db, where: PersonalDataRows.addressMatches("respondentEmail"), arguments: [email])
        try eraseInvitations(email: email, in: db, into: &erasure)
        return erasure
    }

    /// The person's invitations lose name and address (their key becomes the
    /// invitation's id, so two erased people stay distinct); whether each was
    /// answered stays. The texts go into `erasure`, so the outbox's
    /// `survey.invitations-issued` is rewritten too.
    func eraseInvitations(email: String, in db: Database, into erasure: inout Erasure) throws {
        let invited = try Row.fetchAll(db, sql: "SELECT name, email FROM invitations WHERE emailKey = ?", arguments: [email])
        for row in invited {
            let name: String = row["name"]
            let address: String = row["email"]
            if !name.isEmpty, name != PersonErasure.erasedName { erasure.texts[name] = PersonErasure.erasedName }
            if !address.isEmpty { erasure.texts[address] = PersonErasure.erasedEmail }
        }
        try db.execute(
            sql: "UPDATE invitations SET name = ?, email = ?, emailKey = id WHERE emailKey = ?",
            arguments: [PersonErasure.erasedName, PersonErasure.erasedEmail, email])
    }

    public func eraseExpired(endedBefore cutoff: Date, in db: Database) throws -> Erasure {
        try Self.responses.anonymise(
            db,
            where: """
                (respondentEmail IS NOT NULL OR respondentName <> '\(PersonErasure.erasedName)')
                AND (SELECT CASE WHEN s.closesAt > responses.submittedAt THEN s.closesAt ELSE responses.submittedAt END
                     FROM surveys s WHERE s.id = responses.surveyId) < ?
                """, arguments: [cutoff])
    }
}
