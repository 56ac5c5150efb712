import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the surveys service does with other services' messages: it keeps
/// event titles, and opens a feedback survey when an event is held or a
/// training session is completed. Each reaction runs in the consumer's
/// transaction; a replayed message finds its survey already there and
/// changes nothing.
public enum SurveysReactions {
    /// The sources whose messages the service reacts to.
    public static let sources: [ServiceName] = [.events, .training]

    /// The sources named in a comma-separated list (`events,training`);
    /// all of `sources` when `list` is `nil`.
    public static func sources(from list: String?) throws -> [ServiceName] {
        guard let list else { return sources }
        return try list.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let source = ServiceName(rawValue: name), sources.contains(source) else {
                throw SurveysReactionError.unknownSource(name)
            }
            return source
        }
    }

    public static func make(source: String = ServiceName.surveys.rawValue) -> MessageReactions {
        MessageReactions()
            .guarding("eventTitles", seqColumn: "writtenSeq", from: .events)
            .on(EventProposed.self, from: .events) { message, envelope, db in
                try keepTitle(message.eventId, message.details.title.lt, envelope, in: db)
            }
            .on(EventUpdated.self, from: .events) { message, envelope, db in
                try keepTitle(message.eventId, message.details.title.lt, envelope, in: db)
            }
            .on(EventScheduled.self, from: .events) { message, envelope, db in
                try keepTitle(message.eventId, message.details.title.lt, envelope, in: db)
            }
            .on(EventHeld.self, from: .events) { message, envelope, db in
                guard
                    let title = try String.fetchOne(
                        db, sql: "SELECT titleLt FROM eventTitles WHERE eventId = ?", arguments: [message.eventId.uuidString])
                else { throw SurveysReactionError.unknownEvent(message.eventId) }
                let details = SurveyDetails(
                    titleLt: "Atsiliepimai: \(title)", purpose: .eventFeedback, eventId: message.eventId, anonymous: true)
                try openFeedbackSurvey(
                    UUID(derivedFrom: "surveys:event-feedback:\(message.eventId)"), details, envelope, db, source)
            }
            .on(TrainingSessionCompleted.self, from: .training) { message, envelope, db in
                let details = SurveyDetails(
                    titleLt: "Atsiliepimai: \(message.courseTitleLt)", purpose: .trainingFeedback,
                    courseId: message.courseId, sessionId: message.sessionId, anonymous: true)
                try openFeedbackSurvey(
                    UUID(derivedFrom: "surveys:training-feedback:\(message.sessionId)"), details, envelope, db, source)
            }
    }

    /// Keeps the event's title, unless a newer events message wrote it.
    private static func keepTitle(_ eventId: UUID, _ title: String, _ envelope: Envelope, in db: Database) throws {
        try RowSeq.upsert(
            "eventTitles", key: "eventId", id: eventId.uuidString, [("titleLt", title)], seqColumn: "writtenSeq",
            from: envelope, row: "the title of event \(eventId.uuidString)", in: db)
    }

    /// Creates and opens the feedback survey `surveyId`, unless it exists.
    /// Messages: `SurveyCreated`, `SurveyOpened`, caused by `envelope`.
    private static func openFeedbackSurvey(
        _ surveyId: UUID, _ details: SurveyDetails, _ envelope: Envelope, _ db: Database, _ source: String
    ) throws {
        guard try SurveyRecord.fetchOne(db, key: surveyId.uuidString) == nil else { return }
        let change = SurveysChange(reactingTo: envelope, db: db, source: source, now: envelope.occurredAt)
        try change.insert(surveyId, status: .open, details: details, questions: FeedbackQuestions.all)
        try change.announceOpened(surveyId, details)
    }
}

/// Why a message could not be reacted to; the consumer dead-letters it with this reason.
public enum SurveysReactionError: Error, CustomStringConvertible, Equatable {
    /// An event held that was never seen proposed: its title is unknown.
    case unknownEvent(UUID)
    /// A source named in `KOMUNIKA_SURVEYS_SOURCES` the service does not react to.
    case unknownSource(String)

    public var description: String {
        switch self {
        case .unknownSource(let name):
            "KOMUNIKA_SURVEYS_SOURCES names '\(name)'; the surveys service reacts to \(SurveysReactions.sources.map(\.rawValue).joined(separator: ", "))"
        case .unknownEvent(let id): "event \(id.uuidString) was held, but the surveys service never saw it proposed"
        }
    }
}
