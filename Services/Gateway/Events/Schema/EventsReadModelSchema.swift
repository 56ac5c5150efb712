import GRDB
import GatewayKit

/// The events part's tables: its copy of the events service's state, built
/// only from that service's messages, and each event's feedback headline,
/// from the surveys service's messages about events. Shipped migrations are
/// never edited: a change is a new migration.
///
/// Identifiers are stored as `UUID.uuidString` text; dates as GRDB's UTC
/// `YYYY-MM-DD HH:MM:SS.SSS`, so text order is time order.
enum EventsReadModelSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-v1") { db in
            try createEvents(db)
            try createRegistrations(db)
            try createPlanItems(db)
            try createEventSearch(db)
        }
        migrator.registerMigration("gateway-events-v2") { db in
            try createFeedback(db)
        }
        migrator.registerMigration("gateway-events-v3") { db in
            // Who approved the event in the Events Council (`EventApproved`'s
            // envelope actor), and when.
            try db.alter(table: "events") { t in
                EventRecord.approvedBy.add(to: t)
                t.add(column: "approvedAt", .datetime)
            }
        }
        migrator.registerMigration("gateway-events-v4") { db in
            try addWriteOrder(db)
        }
    }

    private static func createEvents(_ db: Database) throws {
        try db.create(table: "events") { t in
            t.primaryKey("id", .text)
            t.column("type", .text).notNull()
            t.column("status", .text).notNull()
            t.column("titleLt", .text).notNull()
            t.column("titleEn", .text)
            // `LithuanianOrder.sortKey(titleLt)`: text order is Lithuanian alphabetical order.
            t.column("titleSortKey", .text).notNull()
            t.column("descriptionLt", .text)
            t.column("descriptionEn", .text)
            t.column("startsAt", .datetime).notNull()
            t.column("endsAt", .datetime).notNull()
            t.column("venueKind", .text).notNull()
            t.column("venueHall", .text)
            t.column("venueCity", .text)
            t.column("venueAddress", .text)
            t.column("venueCountry", .text)
            t.column("organisingUnit", .text).notNull()
            t.column("capacity", .integer)
            t.column("planItemId", .text)
            t.column("cancelReason", .text)
            // When the event was first scheduled: a cancelled event that had
            // been published stays in calendars as STATUS:CANCELLED.
            t.column("scheduledAt", .datetime)
            t.column("heldAt", .datetime)
            t.column("createdAt", .datetime).notNull()
            // The last change of details or status.
            t.column("updatedAt", .datetime).notNull()
            // The `seq` of the last message that changed anything shown with the event.
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "events_startsAt", on: "events", columns: ["startsAt", "endsAt"])
        try db.create(index: "events_titleSortKey", on: "events", columns: ["titleSortKey"])
        try db.create(index: "events_planItemId", on: "events", columns: ["planItemId"])
    }

    /// The per-row order guards (`RowSeq`): `writtenSeq`, the `seq` of the
    /// last message that wrote the event's own details or status, and
    /// `waitlistSeq`, of the last that moved its waiting list. An older
    /// message (a dead letter retried late) writes neither. Rows kept before
    /// get `updatedSeq`, which is never below either.
    private static func addWriteOrder(_ db: Database) throws {
        try db.alter(table: "events") { t in
            t.add(column: "writtenSeq", .integer)
            t.add(column: "waitlistSeq", .integer)
        }
        try db.execute(sql: "UPDATE events SET writtenSeq = updatedSeq, waitlistSeq = updatedSeq")
    }

    private static func createRegistrations(_ db: Database) throws {
        try db.create(table: "registrations") { t in
            t.primaryKey("id", .text)
            t.column("eventId", .text).notNull().references("events", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("email", .text).notNull()
            t.column("organisation", .text)
            t.column("status", .text).notNull()
            // Place on the waiting list, 1 first; only while waitlisted.
            t.column("position", .integer)
            t.column("registeredAt", .datetime).notNull()
            t.column("attended", .boolean)
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "registrations_event", on: "registrations", columns: ["eventId", "status", "position"])
    }

    private static func createPlanItems(_ db: Database) throws {
        try db.create(table: "planItems") { t in
            t.primaryKey("id", .text)
            t.column("year", .integer).notNull()
            t.column("title", .text).notNull()
            t.column("type", .text).notNull()
            t.column("quarter", .integer).notNull()
            t.column("organisingUnit", .text).notNull()
            t.column("notes", .text)
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "planItems_year", on: "planItems", columns: ["year", "quarter"])
    }

    /// Full-text search over titles and descriptions in both languages, kept
    /// in step with `events` by triggers. Diacritics are removed, so `knygu`
    /// finds `knygų` and `paroda` finds `parodą`.
    private static func createEventSearch(_ db: Database) throws {
        try db.create(virtualTable: "eventSearch", using: FTS5()) { t in
            t.synchronize(withTable: "events")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("titleLt")
            t.column("titleEn")
            t.column("descriptionLt")
            t.column("descriptionEn")
        }
    }

    /// Each event's feedback headline, kept by the events part itself from
    /// `SurveyOpened` and `SurveyResultsUpdated` about the event. The
    /// surveys part kept it until now, in `eventFeedback`: what it holds is
    /// carried over here, and the surveys part's next migration drops that
    /// table (the events part's migrations run before the surveys part's).
    private static func createFeedback(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE eventFeedbackResults (
                    eventId TEXT NOT NULL PRIMARY KEY, surveyId TEXT NOT NULL, responses INTEGER NOT NULL,
                    nps DOUBLE, satisfaction DOUBLE, updatedSeq INTEGER NOT NULL)
                """)
        if try db.tableExists("eventFeedback") {
            try db.execute(
                sql: """
                    INSERT INTO eventFeedbackResults (eventId, surveyId, responses, nps, satisfaction, updatedSeq)
                    SELECT eventId, surveyId, responses, nps, satisfaction, updatedSeq FROM eventFeedback
                    """)
        }
    }
}
