import Foundation

// Messages of the surveys service that other services react to.

/// What a survey asks about: the event or training session it follows, the
/// campaign it serves, or nothing (a general poll).
public enum SurveyPurpose: String, Codable, Sendable, CaseIterable {
    case marketingResearch = "marketing-research"
    case publicOpinion = "public-opinion"
    case eventFeedback = "event-feedback"
    case trainingFeedback = "training-feedback"
}

/// A survey started taking answers.
public struct SurveyOpened: Message, Equatable {
    public static let type = "survey.opened"
    public static let version = 1
    public var surveyId: UUID
    public var titleLt: String
    public var purpose: SurveyPurpose
    public var eventId: UUID?
    public var courseId: UUID?
    public var sessionId: UUID?
    public var campaignId: UUID?

    public init(
        surveyId: UUID, titleLt: String, purpose: SurveyPurpose, eventId: UUID? = nil, courseId: UUID? = nil,
        sessionId: UUID? = nil, campaignId: UUID? = nil
    ) {
        self.surveyId = surveyId
        self.titleLt = titleLt
        self.purpose = purpose
        self.eventId = eventId
        self.courseId = courseId
        self.sessionId = sessionId
        self.campaignId = campaignId
    }
}

/// A survey's headline results after an answer arrived: enough for the
/// event, the course or the campaign it is linked to.
public struct SurveyResultsUpdated: Message, Equatable {
    public static let type = "survey.results-updated"
    public static let version = 1
    public var surveyId: UUID
    public var purpose: SurveyPurpose
    public var eventId: UUID?
    public var courseId: UUID?
    public var sessionId: UUID?
    public var campaignId: UUID?
    /// Responses received so far.
    public var responses: Int
    /// Net Promoter Score, −100…100: % of 9–10 minus % of 0–6 over the
    /// answers to the survey's first NPS question; `nil` without one.
    public var nps: Double?
    /// Mean satisfaction, 1…5, over the answers to the survey's first
    /// star-rating or Likert question; `nil` without one.
    public var satisfaction: Double?

    public init(
        surveyId: UUID, purpose: SurveyPurpose, eventId: UUID? = nil, courseId: UUID? = nil, sessionId: UUID? = nil,
        campaignId: UUID? = nil, responses: Int, nps: Double?, satisfaction: Double?
    ) {
        self.surveyId = surveyId
        self.purpose = purpose
        self.eventId = eventId
        self.courseId = courseId
        self.sessionId = sessionId
        self.campaignId = campaignId
        self.responses = responses
        self.nps = nps
        self.satisfaction = satisfaction
    }
}
