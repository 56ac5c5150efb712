import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// Which courses a list shows.
struct CourseFilter: Sendable, Equatable {
    var topic: TrainingTopic?
    /// Words every one of which a title (LT or EN) or the description has,
    /// as a word or the start of one, diacritics ignored.
    var text: String?
}

/// What the training routes ask the read model; every function reads inside
/// the `Database` it is given, so one `read { }` sees one consistent state.
enum TrainingQueries {
    /// Courses matching `filter` in Lithuanian alphabetical order, one `page`
    /// of them, with the number matching in all.
    static func courses(_ filter: CourseFilter, page: Page, in db: Database) throws -> (items: [CourseRecord], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let topic = filter.topic {
            conditions.append("c.topic = ?")
            arguments += [topic.rawValue]
        }
        if let text = filter.text, let pattern = try SearchPattern.make(text, table: "trainingCourseSearch", in: db) {
            conditions.append("c.rowid IN (SELECT rowid FROM trainingCourseSearch WHERE trainingCourseSearch MATCH ?)")
            arguments += [pattern]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM trainingCourses c \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(CourseRecord.selection) FROM trainingCourses c \(clause)
                ORDER BY c.titleSortKey, c.titleLt, c.id LIMIT ? OFFSET ?
                """,
            arguments: arguments + [page.limit, page.offset])
        return (try rows.map(CourseRecord.init(row:)), total)
    }

    static func course(id: UUID, in db: Database) throws -> CourseRecord? {
        try Row.fetchOne(
            db, sql: "SELECT \(CourseRecord.selection) FROM trainingCourses c WHERE c.id = ?", arguments: [id.uuidString]
        ).map(CourseRecord.init(row:))
    }

    /// The course's sessions by start, earliest first.
    static func sessions(courseId: UUID, in db: Database) throws -> [TrainingSessionRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(TrainingSessionRecord.selection) FROM \(TrainingSessionRecord.from)
                WHERE s.courseId = ? ORDER BY s.startsAt, s.id
                """,
            arguments: [courseId.uuidString]
        ).map(TrainingSessionRecord.init(row:))
    }

    static func session(id: UUID, in db: Database) throws -> TrainingSessionRecord? {
        try Row.fetchOne(
            db, sql: "SELECT \(TrainingSessionRecord.selection) FROM \(TrainingSessionRecord.from) WHERE s.id = ?",
            arguments: [id.uuidString]
        ).map(TrainingSessionRecord.init(row:))
    }

    /// The session's enrolments: accepted ones by time of enrolment, then the
    /// waiting list in order, then cancelled ones; the same time in the order
    /// the messages came.
    static func enrolments(sessionId: UUID, in db: Database) throws -> [EnrolmentRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM trainingEnrolments WHERE sessionId = ?
                ORDER BY CASE status WHEN 'accepted' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END,
                    position, enrolledAt, rowid
                """,
            arguments: [sessionId.uuidString]
        ).map(EnrolmentRecord.init(row:))
    }

    static func enrolment(id: UUID, sessionId: UUID, in db: Database) throws -> EnrolmentRecord? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM trainingEnrolments WHERE id = ? AND sessionId = ?",
            arguments: [id.uuidString, sessionId.uuidString]
        ).map(EnrolmentRecord.init(row:))
    }

    /// The session's certificates by the holder's name, in Lithuanian order.
    static func certificates(sessionId: UUID, in db: Database) throws -> [CertificateRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM trainingCertificates WHERE sessionId = ?", arguments: [sessionId.uuidString])
            .map(CertificateRecord.init(row:))
            .sorted { LithuanianOrder.areInIncreasingOrder($0.name, $1.name) }
    }

    static func certificate(code: String, in db: Database) throws -> CertificateRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM trainingCertificates WHERE code = ?", arguments: [code])
            .map(CertificateRecord.init(row:))
    }

}
