import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the surveys service keeps on people: the contact details a
/// respondent of a survey that is not anonymous gave (name, address).
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
        return ["responses": rows]
    }

    static let responses = PersonalTable(
        "responses", kind: .surveyResponse, name: "respondentName", cleared: [("respondentEmail", nil)])

    public func erase(email: String, in db: Database) throws -> Erasure {
        try Self.responses.anonymise(db, where: PersonalDataRows.addressMatches("respondentEmail"), arguments: [email])
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
