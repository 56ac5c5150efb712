import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The surveys part's copies of respondents' contact details, as
/// `PersonalDataHolder`: exported and erased by address when the operator
/// asks the gateway, and by id when the surveys service's `PersonErased`
/// is applied. The response and its answers stay; results read the
/// aggregates, which erasing never touches.
struct RespondentPeople: PersonalDataHolder {
    static let responses = PersonalTable(
        "surveyResponses", kind: .surveyResponse, name: "respondentName", cleared: [("respondentEmail", nil)])

    func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let rows = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT id AS responseId, surveyId, submittedAt, respondentName, respondentEmail, answers
                FROM surveyResponses WHERE \(PersonalDataRows.addressMatches("respondentEmail")) ORDER BY submittedAt
                """, arguments: [email])
        return ["surveyResponses": rows]
    }

    func erase(email: String, in db: Database) throws -> Erasure {
        try Self.responses.anonymise(db, where: PersonalDataRows.addressMatches("respondentEmail"), arguments: [email])
    }
}

extension SurveysReadModel {
    /// `PersonErased` from the surveys service: its responses lose the respondent's name and address.
    func personErased(_ message: PersonErased, _ change: Change) throws {
        _ = try RespondentPeople.responses.anonymise(ids: message.ids(of: .surveyResponse), in: change.db)
    }
}
