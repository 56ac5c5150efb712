import Foundation
import GRDB
import MessageSchema

extension TrainingChange {
    /// Cancels an enrolment of a planned session; a place it frees goes to the
    /// oldest on the waiting list. Messages: `EnrolmentCancelled`, then `EnrolmentPromoted`.
    func cancel(_ command: CancelEnrolment) throws -> EnrolmentOutcome {
        var enrolment = try existingEnrolment(command.enrolmentId, of: command.sessionId)
        let session = try existingSession(command.sessionId)
        if enrolment.status == .cancelled {
            throw CommandFailure(
                .conflict, "The enrolment of \(enrolment.name) in the session \(session.label) is already cancelled.",
                details: ["enrolmentId": enrolment.id])
        }
        try requirePlanned(session, "enrolments are cancelled")
        let previous = enrolment.status
        enrolment.status = .cancelled
        enrolment.attendance = nil
        try enrolment.update(db)
        try publish(
            EnrolmentCancelled(
                enrolmentId: command.enrolmentId, sessionId: command.sessionId, previousStatus: previous))
        let promoted = previous == .accepted ? try fillPlaces(of: session) : []
        return EnrolmentOutcome(
            enrolmentId: command.enrolmentId, sessionId: command.sessionId, status: .cancelled,
            promotedEnrolmentId: promoted.first)
    }
}
