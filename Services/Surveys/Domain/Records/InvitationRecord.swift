import Foundation
import GRDB
import MessageSchema

/// A row of `invitations`: one person invited to a survey, and the answer given through it.
struct InvitationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "invitations"

    enum Columns {
        static let surveyId = Column(CodingKeys.surveyId)
        static let emailKey = Column(CodingKeys.emailKey)
    }

    var id: String
    var surveyId: String
    var name: String
    var email: String
    var emailKey: String
    var issuedAt: Date
    var responseId: String?
    var answeredAt: Date?

    init(surveyId: UUID, invitee: SurveyInvitee, issuedAt: Date) {
        id = invitee.invitationId.uuidString
        self.surveyId = surveyId.uuidString
        name = invitee.name
        email = invitee.email
        emailKey = invitee.email.lowercased()
        self.issuedAt = issuedAt
    }

    /// The e-mails (lowercased) already invited to the survey.
    static func invitedEmails(of surveyId: UUID, in db: Database) throws -> Set<String> {
        Set(try filter(Columns.surveyId == surveyId.uuidString).select(Columns.emailKey, as: String.self).fetchAll(db))
    }
}
