import GRDB

/// The training service's own tables, migrated after the platform's.
/// A shipped migration is never edited: a change is a new migration.
public enum TrainingSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("training-v1") { db in
            try db.create(table: "courses") { t in
                t.primaryKey("id", .text)
                t.column("titleLt", .text).notNull()
                t.column("titleEn", .text)
                t.column("description", .text)
                t.column("topic", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }

            try db.create(table: "sessions") { t in
                t.primaryKey("id", .text)
                t.column("courseId", .text).notNull().references("courses")
                t.column("status", .text).notNull()
                // UTC, as GRDB stores dates.
                t.column("startsAt", .datetime).notNull()
                t.column("endsAt", .datetime).notNull()
                t.column("placeKind", .text).notNull()
                t.column("city", .text)
                t.column("address", .text)
                t.column("url", .text)
                t.column("capacity", .integer).notNull()
                t.column("trainer", .text).notNull()
                t.column("cancelReason", .text)
                // The feedback survey the surveys service opened after completion.
                t.column("feedbackSurveyId", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(index: "sessionsByCourse", on: "sessions", columns: ["courseId", "startsAt"])

            try db.create(table: "enrolments") { t in
                t.primaryKey("id", .text)
                t.column("sessionId", .text).notNull().references("sessions")
                t.column("name", .text).notNull()
                t.column("institution", .text).notNull()
                t.column("municipality", .text).notNull()
                t.column("email", .text).notNull()
                // `email` lower-cased: the same address twice in a session is refused.
                t.column("emailKey", .text).notNull()
                t.column("status", .text).notNull()
                t.column("enrolledAt", .datetime).notNull()
                // Arrival order within the session: the waiting list moves up by it.
                t.column("queueNumber", .integer).notNull()
                t.column("attendance", .text)
                t.uniqueKey(["sessionId", "queueNumber"])
            }
            try db.create(index: "enrolmentsBySessionStatus", on: "enrolments", columns: ["sessionId", "status"])

            try db.create(table: "certificates") { t in
                t.primaryKey("id", .text)
                t.column("code", .text).notNull().unique()
                t.column("enrolmentId", .text).notNull().unique().references("enrolments")
                t.column("sessionId", .text).notNull().references("sessions")
                t.column("courseId", .text).notNull()
                t.column("name", .text).notNull()
                t.column("institution", .text).notNull()
                t.column("courseTitleLt", .text).notNull()
                t.column("sessionStartsAt", .datetime).notNull()
                t.column("issuedAt", .datetime).notNull()
            }
            try db.create(index: "certificatesBySession", on: "certificates", columns: ["sessionId"])
        }
    }
}
