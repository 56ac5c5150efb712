import GRDB

/// The activity history's table, kept by `ActivityRecorder` for every
/// message the read model applies: one row per thing the message is about
/// (its subject), so `ActivityQueries.activity(of:)` finds a thing's whole
/// history by its id. Registered by the gateway before its parts' tables.
/// Shipped migrations are never edited: a change is a new migration.
public enum ActivitySchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-activity-v1") { db in
            try db.create(table: "activity") { t in
                t.autoIncrementedPrimaryKey("id")
                // The id of the thing (event, asset, submission …) the message names.
                t.column("subjectId", .text).notNull()
                t.column("messageId", .text).notNull()
                t.column("source", .text).notNull()
                t.column("type", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("seq", .integer).notNull()
                t.column("occurredAt", .datetime).notNull()
                // The message's `actor`; both `NULL` when nobody acted or the sender did not say.
                t.column("actorAccountId", .text)
                t.column("actorName", .text)
                // A message applied again (an operator's retry) adds nothing.
                t.uniqueKey(["messageId", "subjectId"])
            }
            try db.create(index: "activityBySubject", on: "activity", columns: ["subjectId", "occurredAt"])
        }
    }
}
