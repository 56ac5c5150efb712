import GRDB
import GatewayKit

/// The gateway's copy of the surveys service's state, built only from that
/// service's messages: surveys, their questions and responses, the results
/// aggregates kept as answers arrive. (Each event's feedback headline,
/// `eventFeedback` of the first migration, is the events part's since
/// "gateway-surveys-v2".) Shipped migrations are never edited: a change is a
/// new migration.
enum SurveysReadModelSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-surveys-v1") { db in
            try createSurveys(db)
            try createResponses(db)
            try createAggregates(db)
            try db.create(table: "eventFeedback") { t in
                t.primaryKey("eventId", .text)
                t.column("surveyId", .text).notNull()
                t.column("responses", .integer).notNull()
                t.column("nps", .double)
                t.column("satisfaction", .double)
                t.column("updatedSeq", .integer).notNull()
            }
        }
        migrator.registerMigration("gateway-surveys-v2") { db in
            // The events part keeps each event's feedback now, in its own table.
            try db.drop(table: "eventFeedback")
        }
        migrator.registerMigration("gateway-surveys-v3-invitations") { db in
            // Whether the survey takes answers only through invitations, one each.
            try db.alter(table: "surveys") { t in
                t.add(column: "oneAnswerPerInvitation", .boolean).notNull().defaults(to: false)
            }
            // The invitations answered through, so that a used link says so before the form is filled.
            try db.create(table: "surveyAnsweredInvitations") { t in
                t.primaryKey("invitationId", .text)
                t.column("surveyId", .text).notNull().references("surveys", onDelete: .cascade)
                t.column("responseId", .text).notNull()
            }
        }
    }

    private static func createSurveys(_ db: Database) throws {
        try db.create(table: "surveys") { t in
            t.primaryKey("id", .text)
            t.column("titleLt", .text).notNull()
            t.column("titleEn", .text)
            // `LithuanianOrder.sortKey(titleLt)`.
            t.column("titleSortKey", .text).notNull()
            t.column("purpose", .text).notNull()
            t.column("status", .text).notNull()
            t.column("eventId", .text)
            t.column("courseId", .text)
            t.column("sessionId", .text)
            t.column("campaignId", .text)
            t.column("anonymous", .boolean).notNull()
            t.column("quota", .integer)
            t.column("opensAt", .datetime)
            t.column("closesAt", .datetime)
            t.column("responses", .integer).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "surveys_eventId", on: "surveys", columns: ["eventId"])
        try db.create(index: "surveys_courseId", on: "surveys", columns: ["courseId"])
        try db.create(index: "surveys_titleSortKey", on: "surveys", columns: ["titleSortKey"])
        try db.create(table: "surveyQuestions") { t in
            t.column("surveyId", .text).notNull().references("surveys", onDelete: .cascade)
            t.column("id", .text).notNull()
            t.column("position", .integer).notNull()
            t.column("type", .text).notNull()
            t.column("textLt", .text).notNull()
            t.column("textEn", .text)
            t.column("required", .boolean).notNull()
            // A JSON array of strings.
            t.column("options", .text).notNull()
            t.primaryKey(["surveyId", "id"])
        }
        // Titles in both languages, diacritics removed: `apklausa` finds `apklausą`.
        try db.create(virtualTable: "surveySearch", using: FTS5()) { t in
            t.synchronize(withTable: "surveys")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("titleLt")
            t.column("titleEn")
        }
    }

    private static func createResponses(_ db: Database) throws {
        try db.create(table: "surveyResponses") { t in
            t.primaryKey("id", .text)
            t.column("surveyId", .text).notNull().references("surveys", onDelete: .cascade)
            t.column("submittedAt", .datetime).notNull()
            // A JSON object: question id → answer.
            t.column("answers", .text).notNull()
            t.column("respondentName", .text)
            t.column("respondentEmail", .text)
        }
        try db.create(index: "surveyResponses_survey", on: "surveyResponses", columns: ["surveyId", "submittedAt"])
    }

    /// Counts added to as each response arrives: results read these, never the responses.
    private static func createAggregates(_ db: Database) throws {
        // Per question: how many answered it, and the sum of numeric answers.
        try db.create(table: "surveyQuestionTotals") { t in
            t.column("surveyId", .text).notNull()
            t.column("questionId", .text).notNull()
            t.column("answers", .integer).notNull()
            t.column("sum", .double).notNull()
            t.primaryKey(["surveyId", "questionId"])
        }
        // Per question and value (an option, or a number written canonically): how many chose it.
        try db.create(table: "surveyAnswerCounts") { t in
            t.column("surveyId", .text).notNull()
            t.column("questionId", .text).notNull()
            t.column("value", .text).notNull()
            t.column("number", .double)
            t.column("count", .integer).notNull()
            t.primaryKey(["surveyId", "questionId", "value"])
        }
        // Per week (its Monday in Vilnius): responses and the headline NPS and satisfaction counts.
        try db.create(table: "surveyWeeks") { t in
            t.column("surveyId", .text).notNull()
            t.column("week", .text).notNull()
            t.column("responses", .integer).notNull()
            t.column("npsAnswers", .integer).notNull()
            t.column("npsPromoters", .integer).notNull()
            t.column("npsDetractors", .integer).notNull()
            t.column("satisfactionAnswers", .integer).notNull()
            t.column("satisfactionSum", .double).notNull()
            t.primaryKey(["surveyId", "week"])
        }
        // Per pair of questions and pair of values: how many responses gave both.
        try db.create(table: "surveyCrossCounts") { t in
            t.column("surveyId", .text).notNull()
            t.column("byQuestionId", .text).notNull()
            t.column("byValue", .text).notNull()
            t.column("questionId", .text).notNull()
            t.column("value", .text).notNull()
            t.column("number", .double)
            t.column("count", .integer).notNull()
            t.primaryKey(["surveyId", "byQuestionId", "byValue", "questionId", "value"])
        }
    }
}
