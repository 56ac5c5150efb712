import Foundation

// Messages the surveys service publishes about its surveys, beyond the flow
// messages other services react to. Each carries what a reader needs to
// keep its own copy of surveys, questions, responses and results.

/// A survey was created, as a draft or, in reaction to an event held or a
/// training session completed, about to open.
public struct SurveyCreated: Message, Equatable {
    public static let type = "survey.created"
    public static let version = 1
    public var surveyId: UUID
    public var details: SurveyDetails
    /// Its questions, in order.
    public var questions: [SurveyQuestion]

    public init(surveyId: UUID, details: SurveyDetails, questions: [SurveyQuestion]) {
        self.surveyId = surveyId
        self.details = details
        self.questions = questions
    }
}

/// A question was added at the end of a draft survey.
public struct SurveyQuestionAdded: Message, Equatable {
    public static let type = "survey.question-added"
    public static let version = 1
    public var surveyId: UUID
    public var question: SurveyQuestion

    public init(surveyId: UUID, question: SurveyQuestion) {
        self.surveyId = surveyId
        self.question = question
    }
}

/// A survey stopped taking answers.
public struct SurveyClosed: Message, Equatable {
    public static let type = "survey.closed"
    public static let version = 1
    public var surveyId: UUID

    public init(surveyId: UUID) { self.surveyId = surveyId }
}

/// An answer to a survey was accepted: the answers as kept (checked
/// against the questions), and the respondent when the survey is not anonymous.
public struct SurveyResponseAccepted: Message, Equatable {
    public static let type = "survey.response-accepted"
    public static let version = 1
    public var surveyId: UUID
    public var responseId: UUID
    public var answers: [String: SurveyAnswer]
    public var respondent: Respondent?
    public var submittedAt: Date
    /// The invitation it came through, when it came through one (absent in older messages).
    public var invitationId: UUID?

    public init(
        surveyId: UUID, responseId: UUID, answers: [String: SurveyAnswer], respondent: Respondent?, submittedAt: Date,
        invitationId: UUID? = nil
    ) {
        self.surveyId = surveyId
        self.responseId = responseId
        self.answers = answers
        self.respondent = respondent
        self.submittedAt = submittedAt
        self.invitationId = invitationId
    }
}
