import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// What the training service does with other services' messages, inside the
/// consumer's transaction that also records their `seq`.
public enum TrainingReactions {
    /// `SurveyOpened` for a training session's feedback: the session names
    /// its survey. Message: `TrainingFeedbackSurveyLinked`, once per survey
    /// (a replay links nothing again), with `SurveyOpened`'s actor.
    public static func make(source: String = ServiceName.training.rawValue) -> MessageReactions {
        MessageReactions().on(SurveyOpened.self, from: .surveys) { message, envelope, db in
            try linkFeedbackSurvey(message, envelope, source: source, in: db)
        }
    }

    static func linkFeedbackSurvey(_ message: SurveyOpened, _ envelope: Envelope, source: String, in db: Database) throws {
        guard message.purpose == .trainingFeedback, let sessionId = message.sessionId else { return }
        guard var session = try SessionRecord.fetchOne(db, key: sessionId.uuidString) else {
            throw ReactionFailure(
                "survey.opened \(message.surveyId.uuidString) is the feedback survey of session \(sessionId.uuidString), "
                    + "which the training service does not have")
        }
        let surveyId = message.surveyId.uuidString
        guard session.feedbackSurveyId != surveyId else { return }
        session.feedbackSurveyId = surveyId
        session.updatedAt = envelope.occurredAt
        try session.update(db)
        try Outbox.append(
            TrainingFeedbackSurveyLinked(sessionId: sessionId, courseId: session.courseUUID, surveyId: message.surveyId),
            source: source, correlationId: envelope.correlationId, causationId: envelope.id, actor: envelope.actor,
            occurredAt: envelope.occurredAt, in: db)
    }
}

/// Why a message from another service could not be applied; the consumer
/// dead-letters the message with this text as the reason.
public struct ReactionFailure: Error, CustomStringConvertible, Equatable {
    public let description: String

    init(_ description: String) { self.description = description }
}
