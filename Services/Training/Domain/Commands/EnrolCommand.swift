import Foundation
import GRDB
import MessageSchema
import ServiceKit

extension TrainingChange {
    /// Takes a place if one is free, else a place on the waiting list. It all
    /// happens in the command's one write transaction, so places are never
    /// oversold. Message: `EnrolmentAccepted` or `EnrolmentWaitlisted`.
    func enrol(_ command: EnrolTrainee) throws -> EnrolmentOutcome {
        try TraineeRules.validate(command.trainee)
        let trainee = TraineeRules.normalised(command.trainee)
        let session = try existingSession(command.sessionId)
        try requirePlanned(session, "people enrol")
        if let existing = try EnrolmentRecord.fetchOne(db, key: command.enrolmentId.uuidString) {
            throw CommandFailure(
                .conflict, "An enrolment with the id \(existing.id) exists already.", details: ["enrolmentId": existing.id])
        }
        let emailKey = TraineeRules.emailKey(trainee.email)
        if let same = try EnrolmentRecord.forSession(session.sessionId)
            .filter(Column("emailKey") == emailKey)
            .filter(Column("status") != EnrolmentStatus.cancelled.rawValue)
            .fetchOne(db)
        {
            throw CommandFailure(
                .conflict, "\(trainee.email) is already enrolled in the session \(session.label) (\(same.status.rawValue)).",
                details: ["enrolmentId": same.id, "status": same.status.rawValue, "field": "email"])
        }

        let accepted = try WaitingList.enrolments.count(EnrolmentStatus.accepted, of: session.sessionId, in: db)
        let enrolment = EnrolmentRecord(
            id: command.enrolmentId.uuidString, sessionId: session.id, name: trainee.name,
            institution: trainee.institution, municipality: trainee.municipality, email: trainee.email,
            emailKey: emailKey, status: accepted < session.capacity ? .accepted : .waitlisted, enrolledAt: now,
            queueNumber: try WaitingList.enrolments.nextQueueNumber(of: session.sessionId, in: db), attendance: nil)
        try enrolment.insert(db)

        if enrolment.status == .accepted {
            try publish(
                EnrolmentAccepted(
                    enrolmentId: command.enrolmentId, sessionId: session.sessionId, trainee: trainee, enrolledAt: now))
            return EnrolmentOutcome(enrolmentId: command.enrolmentId, sessionId: session.sessionId, status: .accepted)
        }
        let position = try WaitingList.enrolments.position(ofQueueNumber: enrolment.queueNumber, of: enrolment.sessionUUID, in: db)
        try publish(
            EnrolmentWaitlisted(
                enrolmentId: command.enrolmentId, sessionId: session.sessionId, trainee: trainee, enrolledAt: now,
                position: position))
        return EnrolmentOutcome(
            enrolmentId: command.enrolmentId, sessionId: session.sessionId, status: .waitlisted, position: position)
    }
}
