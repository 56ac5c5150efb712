import Foundation
import GRDB
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
enum TrainingReadQueries {
    /// Courses matching `filter` in Lithuanian alphabetical order, one `page`
    /// of them, with the number matching in all.
    static func courses(_ filter: CourseFilter, page: Page, in db: Database) throws -> (items: [CourseRow], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let topic = filter.topic {
            conditions.append("c.topic = ?")
            arguments += [topic.rawValue]
        }
        if let text = filter.text, let pattern = try searchPattern(text, in: db) {
            conditions.append("c.rowid IN (SELECT rowid FROM training_courseSearch WHERE training_courseSearch MATCH ?)")
            arguments += [pattern]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_courses c \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(CourseRow.selection) FROM training_courses c \(clause)
                ORDER BY c.titleSortKey, c.titleLt, c.id LIMIT ? OFFSET ?
                """,
            arguments: arguments + [page.limit, page.offset])
        return (try rows.map(CourseRow.init(row:)), total)
    }

    static func course(id: UUID, in db: Database) throws -> CourseRow? {
        try Row.fetchOne(
            db, sql: "SELECT \(CourseRow.selection) FROM training_courses c WHERE c.id = ?", arguments: [id.uuidString]
        ).map(CourseRow.init(row:))
    }

    /// The course's sessions by start, earliest first.
    static func sessions(courseId: UUID, in db: Database) throws -> [TrainingSessionRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(TrainingSessionRow.selection) FROM \(TrainingSessionRow.from)
                WHERE s.courseId = ? ORDER BY s.startsAt, s.id
                """,
            arguments: [courseId.uuidString]
        ).map(TrainingSessionRow.init(row:))
    }

    static func session(id: UUID, in db: Database) throws -> TrainingSessionRow? {
        try Row.fetchOne(
            db, sql: "SELECT \(TrainingSessionRow.selection) FROM \(TrainingSessionRow.from) WHERE s.id = ?",
            arguments: [id.uuidString]
        ).map(TrainingSessionRow.init(row:))
    }

    /// The session's enrolments: accepted ones by time of enrolment, then the
    /// waiting list in order, then cancelled ones; the same time in the order
    /// the messages came.
    static func enrolments(sessionId: UUID, in db: Database) throws -> [EnrolmentRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM training_enrolments WHERE sessionId = ?
                ORDER BY CASE status WHEN 'accepted' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END,
                    position, enrolledAt, rowid
                """,
            arguments: [sessionId.uuidString]
        ).map(EnrolmentRow.init(row:))
    }

    static func enrolment(id: UUID, sessionId: UUID, in db: Database) throws -> EnrolmentRow? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM training_enrolments WHERE id = ? AND sessionId = ?",
            arguments: [id.uuidString, sessionId.uuidString]
        ).map(EnrolmentRow.init(row:))
    }

    /// The session's certificates by the holder's name, in Lithuanian order.
    static func certificates(sessionId: UUID, in db: Database) throws -> [CertificateRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM training_certificates WHERE sessionId = ?", arguments: [sessionId.uuidString])
            .map(CertificateRow.init(row:))
            .sorted { LithuanianOrder.areInIncreasingOrder($0.name, $1.name) }
    }

    static func certificate(code: String, in db: Database) throws -> CertificateRow? {
        try Row.fetchOne(db, sql: "SELECT * FROM training_certificates WHERE code = ?", arguments: [code])
            .map(CertificateRow.init(row:))
    }

    /// Every word typed must be found, as a word or the start of one.
    private static func searchPattern(_ text: String, in db: Database) throws -> FTS5Pattern? {
        let words = text.split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        let raw = words.map { "\"\($0)\"*" }.joined(separator: " ")
        return try db.makeFTS5Pattern(rawPattern: raw, forTable: "training_courseSearch")
    }
}
