import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A survey as the API shows it. Times are Europe/Vilnius with their
/// offset; absent values are `null`, so every survey has the same members.
struct SurveyView: ResponseEncodable, Decodable, Equatable {
    struct Question: Codable, Equatable, Sendable {
        var id: String
        var type: QuestionType
        var textLt: String
        @ExplicitNull var textEn: String?
        var required: Bool
        var options: [String]
    }

    var id: UUID
    var titleLt: String
    @ExplicitNull var titleEn: String?
    var purpose: SurveyPurpose
    var status: SurveyStatus
    @ExplicitNull var eventId: UUID?
    @ExplicitNull var courseId: UUID?
    @ExplicitNull var sessionId: UUID?
    @ExplicitNull var campaignId: UUID?
    var anonymous: Bool
    @ExplicitNull var quota: Int?
    @ExplicitNull var opensAt: String?
    @ExplicitNull var closesAt: String?
    var responses: Int
    var questions: [Question]

    init(_ record: SurveyRecord) {
        let details = record.details
        id = record.id
        titleLt = details.titleLt
        titleEn = details.titleEn
        purpose = details.purpose
        status = record.status
        eventId = details.eventId
        courseId = details.courseId
        sessionId = details.sessionId
        campaignId = details.campaignId
        anonymous = details.anonymous
        quota = details.quota
        opensAt = details.opensAt.map(Timestamp.formatVilnius)
        closesAt = details.closesAt.map(Timestamp.formatVilnius)
        responses = record.responses
        questions = record.questions.map {
            Question(id: $0.id, type: $0.type, textLt: $0.textLt, textEn: $0.textEn, required: $0.required, options: $0.options)
        }
    }
}

/// The answer to an accepted response: `{"id": …, "surveyId": …}`.
struct ResponseCreatedView: ResponseEncodable, Decodable {
    var id: UUID
    var surveyId: UUID
}

/// What `POST /api/v1/surveys/{id}/invitations` did: the invitations issued,
/// each with its personal link (the one the mail service sends), the people
/// left out as invited before, and list members left out for having no e-mail
/// or for an address on the do-not-contact list.
struct InvitationsView: ResponseEncodable, Decodable, Equatable {
    struct Invitation: Codable, Equatable {
        var invitationId: UUID
        var name: String
        var email: String
        var link: String
    }

    var surveyId: UUID
    var invited: Int
    var invitations: [Invitation]
    var alreadyInvited: Int
    var withoutEmail: Int
    var doNotContact: Int
}

/// A survey's results (`GET /api/v1/surveys/{id}/results`).
struct ResultsView: ResponseEncodable, Decodable, Sendable {
    /// One option or scale point (or distinct number): how many chose it,
    /// and their share of those who answered, in %.
    struct Bucket: Codable, Sendable {
        var value: JSONValue
        var count: Int
        var share: Double
    }

    struct Question: Codable, Sendable {
        var id: String
        var type: QuestionType
        var textLt: String
        var answers: Int
        var distribution: [Bucket]
        @ExplicitNull var mean: Double?
        @ExplicitNull var median: Double?
        @ExplicitNull var nps: Double?
    }

    /// One week, by its Monday in Vilnius.
    struct Week: Codable, Sendable {
        var week: String
        var responses: Int
        @ExplicitNull var nps: Double?
        @ExplicitNull var satisfaction: Double?
    }

    struct CrossRow: Codable, Sendable {
        var value: JSONValue
        var responses: Int
        var questions: [Question]
    }

    struct CrossTab: Codable, Sendable {
        var by: String
        var rows: [CrossRow]
    }

    var surveyId: UUID
    var titleLt: String
    var status: SurveyStatus
    var responses: Int
    @ExplicitNull var nps: Double?
    @ExplicitNull var satisfaction: Double?
    var questions: [Question]
    var trend: [Week]
    var crossTab: CrossTab?

    enum CodingKeys: String, CodingKey {
        case surveyId, titleLt, status, responses, nps, satisfaction, questions, trend, crossTab
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(surveyId, forKey: .surveyId)
        try container.encode(titleLt, forKey: .titleLt)
        try container.encode(status, forKey: .status)
        try container.encode(responses, forKey: .responses)
        try container.encode(nps, forKey: .nps)
        try container.encode(satisfaction, forKey: .satisfaction)
        try container.encode(questions, forKey: .questions)
        try container.encode(trend, forKey: .trend)
        try container.encode(crossTab, forKey: .crossTab)
    }
}

extension ResultsView {
    /// Reads what `encode(to:)` writes (every member; `crossTab` `null` when
    /// there is none), so that `SchemaReader` gives the served shape.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            surveyId: try container.decode(UUID.self, forKey: .surveyId),
            titleLt: try container.decode(String.self, forKey: .titleLt),
            status: try container.decode(SurveyStatus.self, forKey: .status),
            responses: try container.decode(Int.self, forKey: .responses),
            nps: try container.decode(Double?.self, forKey: .nps),
            satisfaction: try container.decode(Double?.self, forKey: .satisfaction),
            questions: try container.decode([Question].self, forKey: .questions),
            trend: try container.decode([Week].self, forKey: .trend),
            crossTab: try container.decode(CrossTab?.self, forKey: .crossTab))
    }
}
