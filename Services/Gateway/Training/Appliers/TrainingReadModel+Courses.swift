import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about courses, and the surveys' feedback on them. Each row's
// `updatedSeq` is the last message of its source that wrote it: an older one
// (a dead letter retried late) is refused (`Change.requireNotNewer`).

extension TrainingReadModel {
    func courseCreated(_ message: CourseCreated, _ change: Change) throws {
        let details = message.details
        // A creation seen again (an operator's retry of a dead letter) replaces the row, unless newer.
        try change.requireNotNewer("trainingCourses", id: message.courseId, row: "course")
        try change.db.execute(
            sql: """
                INSERT INTO trainingCourses
                    (id, titleLt, titleEn, titleSortKey, description, topic, createdAt, updatedAt, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    titleLt = excluded.titleLt, titleEn = excluded.titleEn, titleSortKey = excluded.titleSortKey,
                    description = excluded.description, topic = excluded.topic, updatedAt = excluded.updatedAt,
                    updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                message.courseId.uuidString, details.titleLt, details.titleEn, LithuanianOrder.sortKey(details.titleLt),
                details.description, details.topic.rawValue, change.occurredAt, change.occurredAt, change.seq,
            ])
    }

    func courseUpdated(_ message: CourseUpdated, _ change: Change) throws {
        let details = message.details
        try change.requireNotNewer("trainingCourses", id: message.courseId, row: "course")
        try change.db.execute(
            sql: """
                UPDATE trainingCourses SET titleLt = ?, titleEn = ?, titleSortKey = ?, description = ?, topic = ?,
                    updatedAt = ?, updatedSeq = ?
                WHERE id = ?
                """,
            arguments: [
                details.titleLt, details.titleEn, LithuanianOrder.sortKey(details.titleLt), details.description,
                details.topic.rawValue, change.occurredAt, change.seq, message.courseId.uuidString,
            ])
        if change.db.changesCount == 0 {
            throw TrainingReadModelError.unknownCourse(message.courseId, messageType: change.type)
        }
    }

    /// Keeps the latest results of a survey about a course; returns `false`
    /// for a survey about no course. Results may arrive before the course
    /// itself (sources are not ordered between them), so they are kept apart
    /// and joined when read.
    func feedback(_ message: SurveyResultsUpdated, _ change: Change) throws -> Bool {
        guard let courseId = message.courseId else { return false }
        try change.requireNotNewer("trainingFeedback", key: "surveyId", id: message.surveyId, row: "the results of survey")
        try change.db.execute(
            sql: """
                INSERT INTO trainingFeedback (surveyId, courseId, sessionId, responses, nps, satisfaction, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(surveyId) DO UPDATE SET
                    courseId = excluded.courseId, sessionId = excluded.sessionId, responses = excluded.responses,
                    nps = excluded.nps, satisfaction = excluded.satisfaction, updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                message.surveyId.uuidString, courseId.uuidString, message.sessionId?.uuidString, message.responses,
                message.nps, message.satisfaction, change.seq,
            ])
        return true
    }
}
