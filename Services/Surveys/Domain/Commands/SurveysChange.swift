import Foundation
import GRDB
import MessageSchema
import Store

/// One change of the surveys service, inside its write transaction — a
/// command's, or a reaction's to another service's message: reads and
/// writes the tables and appends the messages announcing the change.
struct SurveysChange {
    let db: Database
    let source: String
    let correlationId: UUID?
    /// The message a reaction answers; `nil` for a command.
    let causationId: UUID?
    /// The change's time, to the millisecond as the database keeps it.
    let now: Date

    init(db: Database, source: String, correlationId: UUID?, causationId: UUID? = nil, now: Date = Date()) {
        self.db = db
        self.source = source
        self.correlationId = correlationId
        self.causationId = causationId
        self.now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    func publish<M: Message>(_ message: M) throws {
        try Outbox.append(
            message, source: source, correlationId: correlationId, causationId: causationId, occurredAt: now, in: db)
    }

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
        try publish(SurveyOpened(
            surveyId: surveyId, titleLt: details.titleLt, purpose: details.purpose, eventId: details.eventId,
            courseId: details.courseId, sessionId: details.sessionId, campaignId: details.campaignId))
    }
}
