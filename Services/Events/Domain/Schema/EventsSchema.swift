import GRDB

/// The events service's own tables, migrated after the platform's.
/// A shipped migration is never edited: a change is a new migration.
public enum EventsSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("events-v1") { db in
            try db.create(table: "planItems") { t in
                t.primaryKey("id", .text)
                t.column("year", .integer).notNull()
                t.column("title", .text).notNull()
                t.column("type", .text).notNull()
                t.column("quarter", .integer).notNull()
                t.column("organisingUnit", .text).notNull()
                t.column("notes", .text)
            }
            try db.create(index: "planItemsByYear", on: "planItems", columns: ["year", "quarter"])

            try db.create(table: "events") { t in
                t.primaryKey("id", .text)
                t.column("type", .text).notNull()
                t.column("status", .text).notNull()
                t.column("titleLt", .text).notNull()
                t.column("titleEn", .text)
                t.column("descriptionLt", .text)
                t.column("descriptionEn", .text)
                // UTC, as GRDB stores dates: "2026-12-01 16:00:00.000".
                t.column("startsAt", .datetime).notNull()
                t.column("endsAt", .datetime).notNull()
                t.column("venueKind", .text).notNull()
                t.column("hall", .text)
                t.column("city", .text)
                t.column("address", .text)
                t.column("country", .text)
                t.column("organisingUnit", .text).notNull()
                t.column("capacity", .integer)
                t.column("planItemId", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(index: "eventsByTime", on: "events", columns: ["startsAt", "endsAt"])

            try db.create(table: "registrations") { t in
                t.primaryKey("id", .text)
                t.column("eventId", .text).notNull().references("events")
                t.column("name", .text).notNull()
                t.column("email", .text).notNull()
                t.column("organisation", .text)
                t.column("status", .text).notNull()
                t.column("registeredAt", .datetime).notNull()
                // Arrival order within the event: the waiting list moves up by it.
                t.column("queueNumber", .integer).notNull()
                t.column("attended", .boolean)
                t.uniqueKey(["eventId", "queueNumber"])
            }
            try db.create(index: "registrationsByEventStatus", on: "registrations", columns: ["eventId", "status"])
        }
        migrator.registerMigration("events-v2") { db in
            // Who approved the event in the Events Council, and when; the
            // account id is `NULL` for an API token, the name its name.
            try db.alter(table: "events") { t in
                t.add(column: "approvedByAccountId", .text)
                t.add(column: "approvedByName", .text)
                t.add(column: "approvedAt", .datetime)
            }
        }
    }
}
