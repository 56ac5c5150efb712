import GRDB
import GatewayKit

/// The gateway's copy of the campaigns service's state, built only from
/// that service's messages. Shipped migrations are never edited: a change
/// is a new migration ("gateway-campaigns-v2", …).
///
/// Ids are `UUID.uuidString` text; days `YYYY-MM-DD` text; money euro cents.
enum CampaignsReadModelSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-campaigns-v1") { db in
            try createCampaigns(db)
            try createPlanAndSubmissions(db)
        }
        migrator.registerMigration("gateway-campaigns-v2") { db in
            // Who reviewed the submission last (`SubmissionReviewed`'s envelope actor), and when.
            try db.alter(table: "campaignSubmissions") { t in
                SubmissionRecord.reviewedBy.add(to: t)
                t.add(column: "reviewedAt", .datetime)
            }
        }
        migrator.registerMigration("gateway-campaigns-filers-v1") { db in
            try SubmissionFilers.create(db)
        }
    }

    private static func createCampaigns(_ db: Database) throws {
        try db.create(table: "campaigns") { t in
            t.primaryKey("id", .text)
            t.column("status", .text).notNull()
            // `CampaignDetails` as JSON; the columns below repeat what queries and search need.
            t.column("details", .text).notNull()
            t.column("nameLt", .text).notNull()
            t.column("nameEn", .text)
            t.column("goal", .text).notNull()
            t.column("audience", .text).notNull()
            // `LithuanianOrder.sortKey(nameLt)`.
            t.column("nameSortKey", .text).notNull()
            t.column("startsOn", .text).notNull()
            t.column("endsOn", .text).notNull()
            t.column("objectiveId", .text)
            t.column("budgetPlannedCents", .integer).notNull()
            t.column("budgetSpentCents", .integer).notNull()
            // `CampaignKPIs` as JSON, from `campaign.kpis-updated`.
            t.column("kpis", .text).notNull()
            t.column("cancelReason", .text)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "campaigns_period", on: "campaigns", columns: ["startsOn", "endsOn"])
        try db.create(index: "campaigns_objective", on: "campaigns", columns: ["objectiveId"])

        try db.create(table: "campaignEvents") { t in
            t.column("campaignId", .text).notNull().references("campaigns", onDelete: .cascade)
            t.column("eventId", .text).notNull()
            t.primaryKey(["campaignId", "eventId"])
        }

        // Diacritics removed: `skaitymu` finds `skaitymų`.
        try db.create(virtualTable: "campaignSearch", using: FTS5()) { t in
            t.synchronize(withTable: "campaigns")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("nameLt")
            t.column("nameEn")
            t.column("goal")
            t.column("audience")
        }
    }

    private static func createPlanAndSubmissions(_ db: Database) throws {
        try db.create(table: "marketingObjectives") { t in
            t.primaryKey("id", .text)
            t.column("year", .integer).notNull()
            t.column("title", .text).notNull()
            t.column("titleSortKey", .text).notNull()
            t.column("description", .text)
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "marketingObjectives_year", on: "marketingObjectives", columns: ["year"])

        try db.create(table: "campaignSubmissions") { t in
            t.primaryKey("id", .text)
            t.column("status", .text).notNull()
            t.column("unit", .text).notNull()
            t.column("title", .text).notNull()
            t.column("text", .text).notNull()
            t.column("wishedChannel", .text).notNull()
            t.column("wishedDate", .text).notNull()
            t.column("reviewComment", .text)
            t.column("resubmissions", .integer).notNull().defaults(to: 0)
            t.column("scheduledOn", .text)
            t.column("scheduledChannel", .text)
            t.column("publishedAt", .datetime)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "campaignSubmissions_calendar", on: "campaignSubmissions", columns: ["scheduledOn"])
    }
}
