import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about sessions and their certificates.

extension TrainingReadModel {
    func sessionPlanned(_ message: TrainingSessionPlanned, _ change: Change) throws {
        try requireRow("trainingCourses", message.courseId, change) {
            TrainingReadModelError.unknownCourse(message.courseId, messageType: change.type)
        }
        let details = message.details
        try change.requireNotNewer("trainingSessions", id: message.sessionId, row: "session")
        try change.db.execute(
            sql: """
                INSERT INTO trainingSessions
                    (id, courseId, status, startsAt, endsAt, placeKind, placeCity, placeAddress, placeUrl, capacity,
                     trainer, updatedSeq)
                VALUES (?, ?, 'planned', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    courseId = excluded.courseId, status = excluded.status, startsAt = excluded.startsAt,
                    endsAt = excluded.endsAt, placeKind = excluded.placeKind, placeCity = excluded.placeCity,
                    placeAddress = excluded.placeAddress, placeUrl = excluded.placeUrl, capacity = excluded.capacity,
                    trainer = excluded.trainer, updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                message.sessionId.uuidString, message.courseId.uuidString, details.startsAt, details.endsAt,
                details.place.kind.rawValue, details.place.city, details.place.address, details.place.url,
                details.capacity, details.trainer, change.seq,
            ])
    }

    func sessionCancelled(_ message: TrainingSessionCancelled, _ change: Change) throws {
        try updateSession(
            message.sessionId, [("status", TrainingSessionStatus.cancelled.rawValue), ("cancelReason", message.reason)],
            change)
    }

    func sessionCompleted(_ message: TrainingSessionCompleted, _ change: Change) throws {
        try updateSession(
            message.sessionId,
            [("status", TrainingSessionStatus.completed.rawValue), ("completedAt", change.occurredAt)], change)
    }

    func feedbackSurveyLinked(_ message: TrainingFeedbackSurveyLinked, _ change: Change) throws {
        try updateSession(message.sessionId, [("feedbackSurveyId", message.surveyId.uuidString)], change)
    }

    func certificateIssued(_ message: CertificateIssued, _ change: Change) throws {
        try requireRow("trainingSessions", message.sessionId, change) {
            TrainingReadModelError.unknownSession(message.sessionId, messageType: change.type)
        }
        try change.db.execute(
            sql: """
                INSERT INTO trainingCertificates
                    (code, certificateId, enrolmentId, sessionId, courseId, name, institution, courseTitleLt,
                     sessionStartsAt, issuedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET
                    certificateId = excluded.certificateId, enrolmentId = excluded.enrolmentId,
                    sessionId = excluded.sessionId, courseId = excluded.courseId, name = excluded.name,
                    institution = excluded.institution, courseTitleLt = excluded.courseTitleLt,
                    sessionStartsAt = excluded.sessionStartsAt, issuedAt = excluded.issuedAt
                """,
            arguments: [
                message.code, message.certificateId.uuidString, message.enrolmentId.uuidString,
                message.sessionId.uuidString, message.courseId.uuidString, message.name, message.institution,
                message.courseTitleLt, message.sessionStartsAt, message.issuedAt,
            ])
    }

    /// Sets `columns` of the session with its `updatedSeq`; throws when the
    /// read model does not have the session, or a newer message wrote it.
    func updateSession(_ id: UUID, _ columns: [(String, (any DatabaseValueConvertible)?)], _ change: Change) throws {
        try change.requireNotNewer("trainingSessions", id: id, row: "session")
        let all = columns + [("updatedSeq", change.seq)]
        try change.db.execute(
            sql: "UPDATE trainingSessions SET \(all.map { "\($0.0) = ?" }.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments(all.map(\.1) + [id.uuidString]))
        if change.db.changesCount == 0 {
            throw TrainingReadModelError.unknownSession(id, messageType: change.type)
        }
    }

    /// Throws `error()` unless `table` has a row with the id.
    func requireRow(_ table: String, _ id: UUID, _ change: Change, _ error: () -> TrainingReadModelError) throws {
        let known =
            try Bool.fetchOne(
                change.db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id.uuidString]) ?? false
        if !known { throw error() }
    }
}
