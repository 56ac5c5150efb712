import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// One command's change, inside its write transaction (see
/// `CommandTransaction`), with what reads the service's tables.
typealias SurveysChange = CommandTransaction

extension SurveysChange {
    /// The survey, or a `.notFound` refusal.
    func existingSurvey(_ surveyId: UUID) throws -> SurveyRecord {
        guard let survey = try SurveyRecord.fetchOne(db, key: surveyId.uuidString) else {
            throw CommandFailure(
                .notFound, "No survey has the id \(surveyId.uuidString).", details: ["surveyId": surveyId.uuidString])
        }
        return survey
    }

    /// Refuses with `.invalid`, naming the first field in `details["field"]`.
    static func refuse(_ errors: [SurveyFieldError]) -> CommandFailure {
        CommandFailure(
            .invalid, errors.map(\.detail).joined(separator: "; "),
            details: errors.first.map { ["field": $0.field] })
    }

    /// Stores a new survey in `status` with its questions; `SurveyCreated`.
    func insert(_ surveyId: UUID, status: SurveyStatus, details: SurveyDetails, questions: [SurveyQuestion]) throws {
        try SurveyRecord(id: surveyId, status: status, details: details, createdAt: now).insert(db)
        for (position, question) in questions.enumerated() {
            try QuestionRecord(surveyId: surveyId, position: position, question: question).insert(db)
        }
        try publish(SurveyCreated(surveyId: surveyId, details: details, questions: questions))
    }

    /// `SurveyOpened` for the survey.
    func announceOpened(_ surveyId: UUID, _ details: SurveyDetails) throws {
        try publish(
            SurveyOpened(
                surveyId: surveyId, titleLt: details.titleLt, purpose: details.purpose, eventId: details.eventId,
                courseId: details.courseId, sessionId: details.sessionId, campaignId: details.campaignId))
    }
}
