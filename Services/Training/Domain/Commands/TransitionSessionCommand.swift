import Foundation
import GRDB
import MessageSchema

extension TrainingChange {
    /// Completes or cancels a planned session, as `TrainingSessionStatus.canMove(to:)`
    /// allows. Messages: `TrainingSessionCompleted` and a `CertificateIssued`
    /// for each trainee present, or `TrainingSessionCancelled`.
    func transition(_ command: TransitionTrainingSession) throws -> TrainingSessionRef {
        var session = try existingSession(command.sessionId)
        let from = session.status
        guard from.canMove(to: command.to) else {
            let allowed = from.next.map(\.rawValue).sorted()
            let hint =
                allowed.isEmpty
                ? "a \(from.rawValue) session cannot change status" : "it can move to \(allowed.joined(separator: " or "))"
            throw CommandFailure(
                .illegalTransition,
                "The session \(session.label) cannot move from \(from.rawValue) to \(command.to.rawValue): \(hint).",
                details: ["sessionId": session.id, "from": from.rawValue, "to": command.to.rawValue])
        }
        var codes: [String] = []
        switch command.to {
        case .completed:
            codes = try complete(session)
        case .cancelled:
            session.cancelReason = command.reason.trimmedOrNil
            try publish(
                TrainingSessionCancelled(
                    sessionId: session.sessionId, courseId: session.courseUUID, reason: session.cancelReason))
        case .planned:
            // Nothing moves back to planned; `canMove(to:)` has refused it above.
            break
        }
        session.status = command.to
        session.updatedAt = now
        try session.update(db)
        return TrainingSessionRef(
            sessionId: session.sessionId, courseId: session.courseUUID, status: command.to, certificateCodes: codes)
    }
}
