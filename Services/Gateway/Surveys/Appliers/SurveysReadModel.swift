import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The gateway's copy of the surveys service's state, kept by applying that
/// service's messages in `seq` order: surveys, questions, responses, the
/// results aggregates. (The events part keeps each event's feedback headline.)
struct SurveysReadModel: ReadModelPart {
    init() {}

    /// Applies one surveys message inside the consumer's transaction;
    /// returns `false` for another source's message. A message about a
    /// survey the read model lacks throws `SurveysReadModelError`.
    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool {
        guard envelope.source == ServiceName.surveys.rawValue else { return false }
        let change = Change(envelope: envelope, db: db)
        switch envelope.type {
        case SurveyCreated.type: try created(change.payload(SurveyCreated.self), change)
        case SurveyQuestionAdded.type: try questionAdded(change.payload(SurveyQuestionAdded.self), change)
        case SurveyOpened.type: try opened(change.payload(SurveyOpened.self), change)
        case SurveyClosed.type: try closed(change.payload(SurveyClosed.self), change)
        case SurveyResponseAccepted.type: try responseAccepted(change.payload(SurveyResponseAccepted.self), change)
        case PersonErased.type: try personErased(change.payload(PersonErased.self), change)
        // `SurveyResultsUpdated` is the events and training parts' (their feedback headlines).
        default: return false
        }
        return true
    }

    func created(_ message: SurveyCreated, _ change: Change) throws {
        let details = message.details
        try change.db.execute(
            sql: """
                INSERT INTO surveys (id, titleLt, titleEn, titleSortKey, purpose, status, eventId, courseId, sessionId,
                    campaignId, anonymous, quota, opensAt, closesAt, oneAnswerPerInvitation, responses, createdAt, updatedSeq)
                VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                ON CONFLICT(id) DO NOTHING
                """,
            arguments: [
                message.surveyId.uuidString, details.titleLt, details.titleEn, LithuanianOrder.sortKey(details.titleLt),
                details.purpose.rawValue, details.eventId?.uuidString, details.courseId?.uuidString,
                details.sessionId?.uuidString, details.campaignId?.uuidString, details.anonymous, details.quota,
                details.opensAt, details.closesAt, details.requiresInvitation, change.occurredAt, change.seq,
            ])
        // Seen again (an operator's retry of a dead letter): kept as it was.
        guard change.db.changesCount > 0 else { return }
        for (position, question) in message.questions.enumerated() {
            try insert(question, of: message.surveyId, at: position, change.db)
        }
    }

    func questionAdded(_ message: SurveyQuestionAdded, _ change: Change) throws {
        try touch(message.surveyId, change)
        let position =
            try Int.fetchOne(
                change.db, sql: "SELECT COUNT(*) FROM surveyQuestions WHERE surveyId = ?",
                arguments: [message.surveyId.uuidString]) ?? 0
        try insert(message.question, of: message.surveyId, at: position, change.db)
    }

    func opened(_ message: SurveyOpened, _ change: Change) throws {
        try touch(message.surveyId, change, status: .open)
    }

    func closed(_ message: SurveyClosed, _ change: Change) throws {
        try touch(message.surveyId, change, status: .closed)
    }

    func responseAccepted(_ message: SurveyResponseAccepted, _ change: Change) throws {
        let questions = try SurveysQueries.questions(of: message.surveyId, in: change.db)
        try SurveyAggregates.add(message, questions: questions, change)
        if let invitationId = message.invitationId {
            try change.db.execute(
                sql: """
                    INSERT INTO surveyAnsweredInvitations (invitationId, surveyId, responseId) VALUES (?, ?, ?)
                    ON CONFLICT(invitationId) DO NOTHING
                    """,
                arguments: [invitationId.uuidString, message.surveyId.uuidString, message.responseId.uuidString])
        }
    }

    /// Sets the survey's `updatedSeq` (never backwards) and status; throws
    /// when the read model does not have it, or when a message after this
    /// one wrote it and this one would set the status (a dead letter retried
    /// late: an old `SurveyOpened` never reopens a survey closed since).
    /// Questions and responses only add, so they are applied late too.
    func touch(_ surveyId: UUID, _ change: Change, status: SurveyStatus? = nil) throws {
        if let status {
            try change.requireNotNewer("surveys", id: surveyId, row: "survey")
            try change.db.execute(
                sql: "UPDATE surveys SET status = ?, updatedSeq = ? WHERE id = ?",
                arguments: [status.rawValue, change.seq, surveyId.uuidString])
        } else {
            try change.db.execute(
                sql: "UPDATE surveys SET updatedSeq = MAX(updatedSeq, ?) WHERE id = ?",
                arguments: [change.seq, surveyId.uuidString])
        }
        if change.db.changesCount == 0 {
            throw SurveysReadModelError.unknownSurvey(surveyId, messageType: change.type)
        }
    }

    private func insert(_ question: SurveyQuestion, of surveyId: UUID, at position: Int, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO surveyQuestions (surveyId, id, position, type, textLt, textEn, required, options)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(surveyId, id) DO NOTHING
                """,
            arguments: [
                surveyId.uuidString, question.id, position, question.type.rawValue, question.textLt, question.textEn,
                question.required, String(decoding: try MessageCoding.encode(question.options), as: UTF8.self),
            ])
    }
}

/// Why a surveys message could not be applied; the consumer dead-letters it with this reason.
enum SurveysReadModelError: Error, CustomStringConvertible, Equatable {
    case unknownSurvey(UUID, messageType: String)

    var description: String {
        switch self {
        case .unknownSurvey(let id, let type): "\(type) names survey \(id.uuidString), which the read model does not have"
        }
    }
}
