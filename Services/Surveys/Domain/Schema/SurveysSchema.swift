import GRDB

/// The surveys service's own tables, migrated after the platform's.
/// A shipped migration is never edited: a change is a new migration.
public enum SurveysSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("surveys-v1") { db in
            try db.create(table: "surveys") { t in
                t.primaryKey("id", .text)
                t.column("titleLt", .text).notNull()
                t.column("titleEn", .text)
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
                // Headline aggregates, updated with each accepted response in its transaction.
                t.column("responses", .integer).notNull().defaults(to: 0)
                t.column("npsAnswers", .integer).notNull().defaults(to: 0)
                t.column("npsPromoters", .integer).notNull().defaults(to: 0)
                t.column("npsDetractors", .integer).notNull().defaults(to: 0)
                t.column("satisfactionAnswers", .integer).notNull().defaults(to: 0)
                t.column("satisfactionSum", .double).notNull().defaults(to: 0)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(index: "surveysByEvent", on: "surveys", columns: ["eventId"])

            try db.create(table: "surveyQuestions") { t in
                t.column("surveyId", .text).notNull().references("surveys")
                t.column("id", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("type", .text).notNull()
                t.column("textLt", .text).notNull()
                t.column("textEn", .text)
                t.column("required", .boolean).notNull()
                // The options as a JSON array of strings.
                t.column("options", .text).notNull()
                t.primaryKey(["surveyId", "id"])
            }

            try db.create(table: "responses") { t in
                t.primaryKey("id", .text)
                t.column("surveyId", .text).notNull().references("surveys")
                t.column("submittedAt", .datetime).notNull()
                // The answers as a JSON object, question id → answer.
                t.column("answers", .text).notNull()
                t.column("respondentName", .text)
                t.column("respondentEmail", .text)
            }
            try db.create(index: "responsesBySurvey", on: "responses", columns: ["surveyId", "submittedAt"])

            // Titles of events, kept from the events service's messages, to name feedback surveys.
            try db.create(table: "eventTitles") { t in
                t.primaryKey("eventId", .text)
                t.column("titleLt", .text).notNull()
            }
        }

        migrator.registerMigration("surveys-v2-invitations") { db in
            // Whether the survey takes answers only through invitations, one each.
            try db.alter(table: "surveys") { t in
                t.add(column: "oneAnswerPerInvitation", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "invitations") { t in
                t.primaryKey("id", .text)
                t.column("surveyId", .text).notNull().references("surveys")
                t.column("name", .text).notNull()
                t.column("email", .text).notNull()
                // The e-mail lowercased: one invitation per person and survey.
                t.column("emailKey", .text).notNull()
                t.column("issuedAt", .datetime).notNull()
                // The response given through it, once answered.
                t.column("responseId", .text)
                t.column("answeredAt", .datetime)
                t.uniqueKey(["surveyId", "emailKey"])
            }
        }

        // The `seq` of the events message that last wrote an event's title: an older one
        // (a dead letter retried late) does not (`RowSeq`). Titles kept before have none.
        migrator.registerMigration("surveys-v3-event-title-seq") { db in
            try db.alter(table: "eventTitles") { t in t.add(column: "writtenSeq", .integer) }
        }
    }
}
