import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about enrolments: acceptance, the waiting list, cancellation and
// attendance. Waiting-list positions are kept 1, 2, 3 … with no gaps.
// Order guards: an enrolment's `updatedSeq` is the last message about it; a
// session's, the last about the session or its list (`updateSession`). An
// older message (a dead letter retried late) changes neither.

extension TrainingReadModel {
    func enrolmentAccepted(_ message: EnrolmentAccepted, _ change: Change) throws {
        try insertEnrolment(
            id: message.enrolmentId, sessionId: message.sessionId, trainee: message.trainee, status: .accepted,
            position: nil, enrolledAt: message.enrolledAt, change)
    }

    func enrolmentWaitlisted(_ message: EnrolmentWaitlisted, _ change: Change) throws {
        try change.requireNotNewer("trainingSessions", id: message.sessionId, row: "session")
        try change.db.execute(
            sql: """
                UPDATE trainingEnrolments SET position = position + 1
                WHERE sessionId = ? AND status = 'waitlisted' AND position >= ? AND id <> ?
                """,
            arguments: [message.sessionId.uuidString, message.position, message.enrolmentId.uuidString])
        try insertEnrolment(
            id: message.enrolmentId, sessionId: message.sessionId, trainee: message.trainee, status: .waitlisted,
            position: message.position, enrolledAt: message.enrolledAt, change)
    }

    func enrolmentPromoted(_ message: EnrolmentPromoted, _ change: Change) throws {
        let position = try currentPosition(message.enrolmentId, sessionId: message.sessionId, change)
        try requireEnrolmentNotNewer(message.enrolmentId, change)
        try setStatus(.accepted, of: message.enrolmentId, change)
        try closeGap(after: position, sessionId: message.sessionId, change)
        try updateSession(message.sessionId, [], change)
    }

    func enrolmentCancelled(_ message: EnrolmentCancelled, _ change: Change) throws {
        let position = try currentPosition(message.enrolmentId, sessionId: message.sessionId, change)
        try requireEnrolmentNotNewer(message.enrolmentId, change)
        try setStatus(.cancelled, of: message.enrolmentId, change)
        try closeGap(after: position, sessionId: message.sessionId, change)
        try updateSession(message.sessionId, [], change)
    }

    func attendanceRecorded(_ message: TrainingAttendanceRecorded, _ change: Change) throws {
        try requireEnrolmentNotNewer(message.enrolmentId, change)
        try change.db.execute(
            sql: "UPDATE trainingEnrolments SET attendance = ?, updatedSeq = ? WHERE id = ? AND sessionId = ?",
            arguments: [
                message.attendance.rawValue, change.seq, message.enrolmentId.uuidString, message.sessionId.uuidString,
            ])
        if change.db.changesCount == 0 {
            throw TrainingReadModelError.unknownEnrolment(
                message.enrolmentId, sessionId: message.sessionId, messageType: change.type)
        }
    }

    private func insertEnrolment(
        id: UUID, sessionId: UUID, trainee: Trainee, status: EnrolmentStatus, position: Int?, enrolledAt: Date,
        _ change: Change
    ) throws {
        try requireRow("trainingSessions", sessionId, change) {
            TrainingReadModelError.unknownSession(sessionId, messageType: change.type)
        }
        try requireEnrolmentNotNewer(id, change)
        try change.db.execute(
            sql: """
                INSERT INTO trainingEnrolments
                    (id, sessionId, name, institution, municipality, email, status, position, enrolledAt, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    name = excluded.name, institution = excluded.institution, municipality = excluded.municipality,
                    email = excluded.email, status = excluded.status, position = excluded.position,
                    enrolledAt = excluded.enrolledAt, updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                id.uuidString, sessionId.uuidString, trainee.name, trainee.institution, trainee.municipality,
                trainee.email, status.rawValue, position, enrolledAt, change.seq,
            ])
        try updateSession(sessionId, [], change)
    }

    /// The enrolment's waiting-list position (`nil` when not waitlisted);
    /// throws when the read model does not have it for that session.
    private func currentPosition(_ id: UUID, sessionId: UUID, _ change: Change) throws -> Int? {
        let row = try Row.fetchOne(
            change.db, sql: "SELECT status, position FROM trainingEnrolments WHERE id = ? AND sessionId = ?",
            arguments: [id.uuidString, sessionId.uuidString])
        guard let row else {
            throw TrainingReadModelError.unknownEnrolment(id, sessionId: sessionId, messageType: change.type)
        }
        let status: String = row["status"]
        return status == EnrolmentStatus.waitlisted.rawValue ? row["position"] : nil
    }

    /// A cancelled enrolment keeps no attendance, as in the training service.
    private func setStatus(_ status: EnrolmentStatus, of id: UUID, _ change: Change) throws {
        try change.db.execute(
            sql: """
                UPDATE trainingEnrolments SET status = ?, position = NULL, updatedSeq = ?,
                    attendance = CASE WHEN ? = 'cancelled' THEN NULL ELSE attendance END
                WHERE id = ?
                """,
            arguments: [status.rawValue, change.seq, status.rawValue, id.uuidString])
    }

    private func requireEnrolmentNotNewer(_ id: UUID, _ change: Change) throws {
        try change.requireNotNewer("trainingEnrolments", id: id, row: "enrolment")
    }

    /// Moves everyone behind `position` one place up the waiting list.
    private func closeGap(after position: Int?, sessionId: UUID, _ change: Change) throws {
        guard let position else { return }
        try change.db.execute(
            sql: """
                UPDATE trainingEnrolments SET position = position - 1
                WHERE sessionId = ? AND status = 'waitlisted' AND position > ?
                """,
            arguments: [sessionId.uuidString, position])
    }
}
