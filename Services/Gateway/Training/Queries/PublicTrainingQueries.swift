import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// What the public training pages ask the read model: only planned sessions
/// still to start, never the people enrolled.
enum PublicTrainingQueries {
    /// Every course in Lithuanian order, each with its planned sessions that
    /// start after `now`, earliest first.
    static func catalogue(after now: Date, in db: Database) throws -> [(course: CourseRecord, sessions: [TrainingSessionRecord])] {
        let courses = try Row.fetchAll(
            db, sql: "SELECT \(CourseRecord.selection) FROM trainingCourses c ORDER BY c.titleSortKey, c.titleLt, c.id"
        ).map(CourseRecord.init(row:))
        let sessions = try upcomingSessions(courseId: nil, after: now, in: db)
        let byCourse = Dictionary(grouping: sessions, by: \.courseId)
        return courses.map { ($0, byCourse[$0.id] ?? []) }
    }

    /// The planned sessions (of `courseId`, or of every course) that start after `now`, earliest first.
    static func upcomingSessions(courseId: UUID?, after now: Date, in db: Database) throws -> [TrainingSessionRecord] {
        var arguments: StatementArguments = [now]
        var clause = ""
        if let courseId {
            clause = "AND s.courseId = ?"
            arguments += [courseId.uuidString]
        }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT \(TrainingSessionRecord.selection) FROM \(TrainingSessionRecord.from)
                WHERE s.status = 'planned' AND s.startsAt > ? \(clause) ORDER BY s.startsAt, s.id
                """,
            arguments: arguments
        ).map(TrainingSessionRecord.init(row:))
    }

    /// The enrolment `id`, whichever session it is of: what a cancel link names.
    static func enrolment(id: UUID, in db: Database) throws -> EnrolmentRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM trainingEnrolments WHERE id = ?", arguments: [id.uuidString])
            .map(EnrolmentRecord.init(row:))
    }
}
