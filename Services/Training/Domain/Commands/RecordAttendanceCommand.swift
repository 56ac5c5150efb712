import Foundation
import GRDB
import MessageSchema

extension TrainingChange {
    /// Records whether an accepted trainee came: present, absent or excused;
    /// a later record replaces an earlier one until the session is completed.
    /// Message: `TrainingAttendanceRecorded`.
    func recordAttendance(_ command: RecordTrainingAttendance) throws -> EnrolmentOutcome {
        var enrolment = try existingEnrolment(command.enrolmentId, of: command.sessionId)
        let session = try existingSession(command.sessionId)
        try requirePlanned(session, "attendance is recorded")
        guard enrolment.status == .accepted else {
            throw CommandFailure(
                .conflict,
                "Only accepted enrolments have attendance; that of \(enrolment.name) is \(enrolment.status.rawValue).",
                details: ["enrolmentId": enrolment.id, "status": enrolment.status.rawValue])
        }
        enrolment.attendance = command.attendance
        try enrolment.update(db)
        try publish(
            TrainingAttendanceRecorded(
                enrolmentId: command.enrolmentId, sessionId: command.sessionId, attendance: command.attendance))
        return EnrolmentOutcome(
            enrolmentId: command.enrolmentId, sessionId: command.sessionId, status: .accepted,
            attendance: command.attendance)
    }
}
