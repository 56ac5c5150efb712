import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// One survey as the read model has it, with its questions.
struct SurveyRecord: Sendable, Equatable {
    var id: UUID
    var status: SurveyStatus
    var details: SurveyDetails
    var responses: Int
    var questions: [SurveyQuestion]

    init(id: UUID, status: SurveyStatus, details: SurveyDetails, responses: Int = 0, questions: [SurveyQuestion]) {
        self.id = id
        self.status = status
        self.details = details
        self.responses = responses
        self.questions = questions
    }

    init(row: Row, questions: [SurveyQuestion]) throws {
        let idText: String = row["id"]
        func unreadable(_ column: String) -> UnreadableRow { UnreadableRow(table: "surveys", id: idText, column: column) }
        guard let id = UUID(uuidString: idText) else { throw unreadable("id") }
        guard let status = SurveyStatus(rawValue: row["status"]) else { throw unreadable("status") }
        guard let purpose = SurveyPurpose(rawValue: row["purpose"]) else { throw unreadable("purpose") }
        func uuid(_ column: String) -> UUID? { (row[column] as String?).flatMap(UUID.init(uuidString:)) }
        let details = SurveyDetails(
            titleLt: row["titleLt"], titleEn: row["titleEn"], purpose: purpose, eventId: uuid("eventId"),
            courseId: uuid("courseId"), sessionId: uuid("sessionId"), campaignId: uuid("campaignId"),
            anonymous: row["anonymous"], quota: row["quota"], opensAt: row["opensAt"], closesAt: row["closesAt"],
            oneAnswerPerInvitation: (row["oneAnswerPerInvitation"] as Bool? ?? false) ? true : nil)
        self.init(id: id, status: status, details: details, responses: row["responses"], questions: questions)
    }
}

/// Which surveys a list shows.
struct SurveyFilter: Sendable, Equatable {
    var eventId: UUID?
    var courseId: UUID?
    var statuses: Set<SurveyStatus> = []
    var purposes: Set<SurveyPurpose> = []
    /// Words every one of which a title (LT or EN) has, diacritics ignored.
    var text: String?
}
