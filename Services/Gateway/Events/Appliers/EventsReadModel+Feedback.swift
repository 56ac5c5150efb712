import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages of the surveys service about an event's feedback survey.
extension EventsReadModel {
    /// Keeps the headline of an event's feedback survey: opened (no
    /// responses yet), then each `SurveyResultsUpdated`. Other surveys
    /// messages, and those about no event, are not the events part's.
    func feedback(_ change: Change) throws -> Bool {
        switch change.type {
        case SurveyOpened.type:
            let message = try change.payload(SurveyOpened.self)
            guard let eventId = message.eventId else { return false }
            try change.db.execute(
                sql: """
                    INSERT INTO eventFeedbackResults (eventId, surveyId, responses, nps, satisfaction, updatedSeq)
                    VALUES (?, ?, 0, NULL, NULL, ?) ON CONFLICT(eventId) DO NOTHING
                    """,
                arguments: [eventId.uuidString, message.surveyId.uuidString, change.seq])
        case SurveyResultsUpdated.type:
            let message = try change.payload(SurveyResultsUpdated.self)
            guard let eventId = message.eventId else { return false }
            // Results counted later (a newer surveys `seq`) are never replaced by older ones.
            try change.requireNotNewer(
                "eventFeedbackResults", key: "eventId", id: eventId, row: "the feedback of event")
            try change.db.execute(
                sql: """
                    INSERT INTO eventFeedbackResults (eventId, surveyId, responses, nps, satisfaction, updatedSeq)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(eventId) DO UPDATE SET surveyId = excluded.surveyId, responses = excluded.responses,
                        nps = excluded.nps, satisfaction = excluded.satisfaction, updatedSeq = excluded.updatedSeq
                    """,
                arguments: [
                    eventId.uuidString, message.surveyId.uuidString, message.responses, message.nps,
                    message.satisfaction, change.seq,
                ])
        default:
            return false
        }
        return true
    }
}
