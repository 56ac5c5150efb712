import Foundation

// Commands the surveys service accepts on its ROUTER.

public struct SurveyRef: Codable, Sendable, Equatable {
    public var surveyId: UUID
    public init(surveyId: UUID) { self.surveyId = surveyId }
}

/// Creates a draft survey.
public struct CreateSurvey: Command, Equatable {
    public static let name = "surveys.create-survey"
    public typealias Result = SurveyRef
    /// Chosen by the caller, so a retry names the same survey.
    public var surveyId: UUID
    public var details: SurveyDetails
    public var questions: [SurveyQuestion]

    public init(surveyId: UUID = UUID(), details: SurveyDetails, questions: [SurveyQuestion] = []) {
        self.surveyId = surveyId
        self.details = details
        self.questions = questions
    }
}

/// Adds a question at the end of a draft survey.
public struct AddSurveyQuestion: Command, Equatable {
    public static let name = "surveys.add-question"
    public typealias Result = SurveyRef
    public var surveyId: UUID
    public var question: SurveyQuestion

    public init(surveyId: UUID, question: SurveyQuestion) {
        self.surveyId = surveyId
        self.question = question
    }
}

/// Opens a draft survey or closes an open one.
public struct TransitionSurvey: Command, Equatable {
    public static let name = "surveys.transition-survey"
    public typealias Result = SurveyRef
    public var surveyId: UUID
    public var to: SurveyStatus

    public init(surveyId: UUID, to: SurveyStatus) {
        self.surveyId = surveyId
        self.to = to
    }
}

public struct ResponseRef: Codable, Sendable, Equatable {
    public var responseId: UUID
    public var surveyId: UUID

    public init(responseId: UUID, surveyId: UUID) {
        self.responseId = responseId
        self.surveyId = surveyId
    }
}

/// Answers a survey. Refused as `conflict` with `details["reason"]` a
/// `SurveyRefusal` when the survey takes no answers, and as `invalid`
/// naming the question (`details["field"]`, `answers.<id>`) when an answer is wrong;
/// as `conflict` with `details["reason"]` an `InvitationRefusal` when its invitation does not allow it.
public struct SubmitResponse: Command, Equatable {
    public static let name = "surveys.submit-response"
    public typealias Result = ResponseRef
    public var responseId: UUID
    public var surveyId: UUID
    public var answers: [String: SurveyAnswer]
    public var respondent: Respondent?
    /// The invitation the answer came through (its personal link); optional, so older commands still decode.
    public var invitationId: UUID?

    public init(
        responseId: UUID = UUID(), surveyId: UUID, answers: [String: SurveyAnswer], respondent: Respondent? = nil,
        invitationId: UUID? = nil
    ) {
        self.responseId = responseId
        self.surveyId = surveyId
        self.answers = answers
        self.respondent = respondent
        self.invitationId = invitationId
    }
}
