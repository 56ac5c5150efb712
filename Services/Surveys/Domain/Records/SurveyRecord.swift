import Foundation
import GRDB
import MessageSchema

/// A row of `surveys`: a survey, its status and its headline aggregates.
struct SurveyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "surveys"

    var id: String
    var titleLt: String
    var titleEn: String?
    var purpose: SurveyPurpose
    var status: SurveyStatus
    var eventId: String?
    var courseId: String?
    var sessionId: String?
    var campaignId: String?
    var anonymous: Bool
    var quota: Int?
    var opensAt: Date?
    var closesAt: Date?
    var oneAnswerPerInvitation = false
    var responses = 0
    var npsAnswers = 0
    var npsPromoters = 0
    var npsDetractors = 0
    var satisfactionAnswers = 0
    var satisfactionSum = 0.0
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, status: SurveyStatus, details: SurveyDetails, createdAt: Date) {
        self.id = id.uuidString
        self.status = status
        titleLt = details.titleLt
        titleEn = details.titleEn
        purpose = details.purpose
        eventId = details.eventId?.uuidString
        courseId = details.courseId?.uuidString
        sessionId = details.sessionId?.uuidString
        campaignId = details.campaignId?.uuidString
        anonymous = details.anonymous
        quota = details.quota
        opensAt = details.opensAt
        closesAt = details.closesAt
        oneAnswerPerInvitation = details.requiresInvitation
        self.createdAt = createdAt
        updatedAt = createdAt
    }

    var surveyId: UUID { UUID(uuidString: id)! }

    var details: SurveyDetails {
        SurveyDetails(
            titleLt: titleLt, titleEn: titleEn, purpose: purpose, eventId: eventId.flatMap(UUID.init(uuidString:)),
            courseId: courseId.flatMap(UUID.init(uuidString:)), sessionId: sessionId.flatMap(UUID.init(uuidString:)),
            campaignId: campaignId.flatMap(UUID.init(uuidString:)), anonymous: anonymous, quota: quota,
            opensAt: opensAt, closesAt: closesAt, oneAnswerPerInvitation: oneAnswerPerInvitation ? true : nil)
    }

    /// How staff recognise the survey in a message: its Lithuanian title.
    var label: String { "\"\(titleLt)\"" }

    /// Net Promoter Score over the headline NPS question's answers; `nil` before any.
    var nps: Double? {
        npsAnswers == 0 ? nil : Double(npsPromoters - npsDetractors) / Double(npsAnswers) * 100
    }

    /// Mean of the headline satisfaction question's answers; `nil` before any.
    var satisfaction: Double? {
        satisfactionAnswers == 0 ? nil : satisfactionSum / Double(satisfactionAnswers)
    }
}
