import GRDB

/// The campaigns service's own tables, migrated after the platform's.
/// A shipped migration is never edited: a change is a new migration.
///
/// Identifiers are `UUID.uuidString` text; days are `YYYY-MM-DD` text, so
/// text order is day order; money is in euro cents.
public enum CampaignsSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("campaigns-v1") { db in
            try createCampaigns(db)
            try createPlanAndSubmissions(db)
            try createKPISources(db)
        }
        migrator.registerMigration("campaigns-v2") { db in
            // Who reviewed the submission last (approved, rejected or asked
            // for changes), and when; the account id is `NULL` for an API token.
            try db.alter(table: "submissions") { t in
                t.add(column: "reviewedByAccountId", .text)
                t.add(column: "reviewedByName", .text)
                t.add(column: "reviewedAt", .datetime)
            }
        }
        migrator.registerMigration("campaigns-v3-mention-seq") { db in
            // The `seq` of the media-relations message that last wrote a mention: an older one
            // (a dead letter retried late) does not (`RowSeq`). Mentions kept before have none.
            try db.alter(table: "mentions") { t in t.add(column: "writtenSeq", .integer) }
        }
    }

    private static func createCampaigns(_ db: Database) throws {
        try db.create(table: "objectives") { t in
            t.primaryKey("id", .text)
            t.column("year", .integer).notNull()
            t.column("title", .text).notNull()
            t.column("description", .text)
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(index: "objectivesByYear", on: "objectives", columns: ["year"])

        try db.create(table: "campaigns") { t in
            t.primaryKey("id", .text)
            t.column("status", .text).notNull()
            // `CampaignDetails` as JSON; the columns below repeat what queries need.
            t.column("details", .text).notNull()
            t.column("nameLt", .text).notNull()
            t.column("startsOn", .text).notNull()
            t.column("endsOn", .text).notNull()
            t.column("objectiveId", .text).references("objectives")
            // `CampaignKPIs` as JSON: the last ones published.
            t.column("kpis", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
        }

        try db.create(table: "campaignEvents") { t in
            t.column("campaignId", .text).notNull().references("campaigns")
            t.column("eventId", .text).notNull()
            t.primaryKey(["campaignId", "eventId"])
        }
        try db.create(index: "campaignEventsByEvent", on: "campaignEvents", columns: ["eventId"])

        try db.create(table: "campaignSurveys") { t in
            t.column("campaignId", .text).notNull().references("campaigns")
            t.column("surveyId", .text).notNull()
            t.primaryKey(["campaignId", "surveyId"])
        }
        try db.create(index: "campaignSurveysBySurvey", on: "campaignSurveys", columns: ["surveyId"])
    }

    private static func createPlanAndSubmissions(_ db: Database) throws {
        try db.create(table: "submissions") { t in
            t.primaryKey("id", .text)
            t.column("status", .text).notNull()
            t.column("unit", .text).notNull()
            t.column("title", .text).notNull()
            t.column("text", .text).notNull()
            t.column("wishedChannel", .text).notNull()
            t.column("wishedDate", .text).notNull()
            t.column("reviewComment", .text)
            t.column("scheduledOn", .text)
            t.column("scheduledChannel", .text)
            t.column("publishedAt", .datetime)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
        }
    }

    /// What the KPIs are computed from: kept for every event, mention and
    /// survey the bus tells about, linked to a campaign yet or not.
    private static func createKPISources(_ db: Database) throws {
        try db.create(table: "eventRegistrationCounts") { t in
            t.primaryKey("eventId", .text)
            t.column("accepted", .integer).notNull().defaults(to: 0)
            t.column("waitlisted", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "mentions") { t in
            t.primaryKey("id", .text)
            t.column("eventId", .text)
            t.column("campaignId", .text)
            t.column("reach", .integer).notNull()
        }
        try db.create(index: "mentionsByEvent", on: "mentions", columns: ["eventId"])
        try db.create(index: "mentionsByCampaign", on: "mentions", columns: ["campaignId"])
        try db.create(table: "surveyResults") { t in
            t.primaryKey("surveyId", .text)
            t.column("eventId", .text)
            t.column("campaignId", .text)
            t.column("responses", .integer).notNull()
            t.column("nps", .double)
            t.column("satisfaction", .double)
            // The surveys service's `seq` of the last update: the latest results win.
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "surveyResultsByEvent", on: "surveyResults", columns: ["eventId"])
        try db.create(index: "surveyResultsByCampaign", on: "surveyResults", columns: ["campaignId"])
    }
}
