import Foundation
import GRDB
import MessageSchema

/// A row of `responses`: one accepted set of answers.
struct ResponseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "responses"

    var id: String
    var surveyId: String
    var submittedAt: Date
    var answers: String
    var respondentName: String?
    var respondentEmail: String?
}
