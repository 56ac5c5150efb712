import GRDB
import GatewayKit

/// The gateway's copy of the training service's state, built only from its
/// messages, and the feedback scores the surveys service publishes about
/// courses. Shipped migrations are never edited: a change is a new
/// migration. Ids are `UUID.uuidString` text; dates GRDB's UTC text, so
/// text order is time order. Tables are named like every part's, in
/// camelCase after the part (`trainingCourses`); the first migration's
/// `training_courses` … were renamed by "gateway-training-v2".
enum TrainingReadModelSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-training-v1") { db in
            try createCourses(db)
            try createSessions(db)
            try createEnrolments(db)
            try createCertificates(db)
            try createFeedback(db)
        }
        migrator.registerMigration("gateway-training-v2") { db in
            try renameTables(db)
        }
    }

    private static func createCourses(_ db: Database) throws {
        try db.create(table: "training_courses") { t in
            t.primaryKey("id", .text)
            t.column("titleLt", .text).notNull()
            t.column("titleEn", .text)
            // `LithuanianOrder.sortKey(titleLt)`: text order is Lithuanian alphabetical order.
            t.column("titleSortKey", .text).notNull()
            t.column("description", .text)
            t.column("topic", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "training_courses_titleSortKey", on: "training_courses", columns: ["titleSortKey"])
        // Full-text search over both titles and the description, diacritics removed:
        // `ziniasklaida` finds `žiniasklaida`.
        try db.create(virtualTable: "training_courseSearch", using: FTS5()) { t in
            t.synchronize(withTable: "training_courses")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("titleLt")
            t.column("titleEn")
            t.column("description")
        }
    }

    private static func createSessions(_ db: Database) throws {
        try db.create(table: "training_sessions") { t in
            t.primaryKey("id", .text)
            t.column("courseId", .text).notNull().references("training_courses", onDelete: .cascade)
            t.column("status", .text).notNull()
            t.column("startsAt", .datetime).notNull()
            t.column("endsAt", .datetime).notNull()
            t.column("placeKind", .text).notNull()
            t.column("placeCity", .text)
            t.column("placeAddress", .text)
            t.column("placeUrl", .text)
            t.column("capacity", .integer).notNull()
            t.column("trainer", .text).notNull()
            t.column("cancelReason", .text)
            t.column("completedAt", .datetime)
            // The feedback survey the surveys service opened after completion.
            t.column("feedbackSurveyId", .text)
            // The `seq` of the last message that changed anything shown with the session.
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "training_sessions_course", on: "training_sessions", columns: ["courseId", "startsAt"])
    }

    private static func createEnrolments(_ db: Database) throws {
        try db.create(table: "training_enrolments") { t in
            t.primaryKey("id", .text)
            t.column("sessionId", .text).notNull().references("training_sessions", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("institution", .text).notNull()
            t.column("municipality", .text).notNull()
            t.column("email", .text).notNull()
            t.column("status", .text).notNull()
            // Place on the waiting list, 1 first; only while waitlisted.
            t.column("position", .integer)
            t.column("enrolledAt", .datetime).notNull()
            t.column("attendance", .text)
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(
            index: "training_enrolments_session", on: "training_enrolments", columns: ["sessionId", "status", "position"])
    }

    private static func createCertificates(_ db: Database) throws {
        try db.create(table: "training_certificates") { t in
            t.primaryKey("code", .text)
            t.column("certificateId", .text).notNull()
            t.column("enrolmentId", .text).notNull()
            t.column("sessionId", .text).notNull()
            t.column("courseId", .text).notNull()
            t.column("name", .text).notNull()
            t.column("institution", .text).notNull()
            t.column("courseTitleLt", .text).notNull()
            t.column("sessionStartsAt", .datetime).notNull()
            t.column("issuedAt", .datetime).notNull()
        }
        try db.create(index: "training_certificates_session", on: "training_certificates", columns: ["sessionId"])
    }

    /// One row per survey about a course: its latest headline results.
    private static func createFeedback(_ db: Database) throws {
        try db.create(table: "training_feedback") { t in
            t.primaryKey("surveyId", .text)
            t.column("courseId", .text).notNull()
            t.column("sessionId", .text)
            t.column("responses", .integer).notNull()
            t.column("nps", .double)
            t.column("satisfaction", .double)
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "training_feedback_course", on: "training_feedback", columns: ["courseId"])
    }

    /// `training_courses` … become `trainingCourses` …; the course search is
    /// made anew over the renamed table, since an FTS5 table names its
    /// content table in its own definition. Foreign keys follow the rename.
    private static func renameTables(_ db: Database) throws {
        try db.dropFTS5SynchronizationTriggers(forTable: "training_courseSearch")
        try db.drop(table: "training_courseSearch")
        let renames = [
            ("training_courses", "trainingCourses"), ("training_sessions", "trainingSessions"),
            ("training_enrolments", "trainingEnrolments"), ("training_certificates", "trainingCertificates"),
            ("training_feedback", "trainingFeedback"),
        ]
        for (old, new) in renames { try db.rename(table: old, to: new) }
        try db.create(virtualTable: "trainingCourseSearch", using: FTS5()) { t in
            t.synchronize(withTable: "trainingCourses")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("titleLt")
            t.column("titleEn")
            t.column("description")
        }
    }
}
