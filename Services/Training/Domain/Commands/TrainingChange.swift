import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// One command's change, inside its write transaction (see
/// `CommandTransaction`), with what reads the service's tables.
typealias TrainingChange = CommandTransaction

extension TrainingChange {
    /// The course, or a `.notFound` refusal.
    func existingCourse(_ courseId: UUID) throws -> CourseRecord {
        guard let course = try CourseRecord.fetchOne(db, key: courseId.uuidString) else {
            throw CommandFailure(
                .notFound, "No course has the id \(courseId.uuidString).", details: ["courseId": courseId.uuidString])
        }
        return course
    }

    /// The session, or a `.notFound` refusal.
    func existingSession(_ sessionId: UUID) throws -> SessionRecord {
        guard let session = try SessionRecord.fetchOne(db, key: sessionId.uuidString) else {
            throw CommandFailure(
                .notFound, "No session has the id \(sessionId.uuidString).", details: ["sessionId": sessionId.uuidString])
        }
        return session
    }

    /// The enrolment in the session, or a `.notFound` refusal.
    func existingEnrolment(_ enrolmentId: UUID, of sessionId: UUID) throws -> EnrolmentRecord {
        guard let enrolment = try EnrolmentRecord.fetchOne(db, key: enrolmentId.uuidString),
            enrolment.sessionId == sessionId.uuidString
        else {
            throw CommandFailure(
                .notFound, "The session \(sessionId.uuidString) has no enrolment with the id \(enrolmentId.uuidString).",
                details: ["sessionId": sessionId.uuidString, "enrolmentId": enrolmentId.uuidString])
        }
        return enrolment
    }

    /// Refuses with `.conflict` any change to a session that is no longer planned.
    func requirePlanned(_ session: SessionRecord, _ what: String) throws {
        guard session.status == .planned else {
            throw CommandFailure(
                .conflict, "The session \(session.label) is \(session.status.rawValue): \(what) only while it is planned.",
                details: ["sessionId": session.id, "status": session.status.rawValue])
        }
    }
}
