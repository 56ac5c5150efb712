import Foundation
import GRDB
import GatewayKit

/// The feedback headline an event shows: its feedback survey, responses so
/// far, NPS (one decimal) and mean satisfaction (two decimals), kept from
/// the surveys service's `SurveyOpened` and `SurveyResultsUpdated`.
struct EventFeedback: Encodable, Sendable, Equatable {
    var surveyId: UUID
    var responses: Int
    var nps: Double?
    var satisfaction: Double?

    init(surveyId: UUID, responses: Int, nps: Double?, satisfaction: Double?) {
        self.surveyId = surveyId
        self.responses = responses
        self.nps = nps.map(Rounding.nps)
        self.satisfaction = satisfaction.map(Rounding.mean)
    }

    enum CodingKeys: String, CodingKey {
        case surveyId, responses, nps, satisfaction
    }

    /// Every member always there: a figure not known yet is `null`.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(surveyId, forKey: .surveyId)
        try container.encode(responses, forKey: .responses)
        try container.encode(nps, forKey: .nps)
        try container.encode(satisfaction, forKey: .satisfaction)
    }

    /// The columns `init?(row:)` reads, for `SELECT … FROM events e`.
    static let selection = """
        (SELECT f.surveyId FROM eventFeedbackResults f WHERE f.eventId = e.id) AS feedbackSurveyId,
        (SELECT f.responses FROM eventFeedbackResults f WHERE f.eventId = e.id) AS feedbackResponses,
        (SELECT f.nps FROM eventFeedbackResults f WHERE f.eventId = e.id) AS feedbackNps,
        (SELECT f.satisfaction FROM eventFeedbackResults f WHERE f.eventId = e.id) AS feedbackSatisfaction
        """

    /// The event's feedback, or `nil` when no feedback survey was opened for it.
    init?(row: Row) {
        guard let text: String = row["feedbackSurveyId"], let surveyId = UUID(uuidString: text) else { return nil }
        self.init(
            surveyId: surveyId, responses: row["feedbackResponses"] ?? 0, nps: row["feedbackNps"],
            satisfaction: row["feedbackSatisfaction"])
    }
}

extension EventFeedback: Decodable {
    /// Reads what `encode(to:)` writes (every member, `null` when not known),
    /// so that `SchemaReader` gives the served shape.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            surveyId: try container.decode(UUID.self, forKey: .surveyId),
            responses: try container.decode(Int.self, forKey: .responses),
            nps: try container.decode(Double?.self, forKey: .nps),
            satisfaction: try container.decode(Double?.self, forKey: .satisfaction))
    }
}
