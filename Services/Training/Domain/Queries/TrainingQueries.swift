import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// Reads of the training service's own tables.
public enum TrainingQueries {
    public static func course(id: UUID, in db: Database) throws -> CourseDetails? {
        try CourseRecord.fetchOne(db, key: id.uuidString)?.details
    }

    public static func session(id: UUID, in db: Database) throws -> StoredTrainingSession? {
        try SessionRecord.fetchOne(db, key: id.uuidString)?.stored
    }

    /// The session's enrolments in arrival order, optionally of one status only.
    public static func enrolments(
        sessionId: UUID, status: EnrolmentStatus? = nil, in db: Database
    ) throws -> [StoredEnrolment] {
        var request = EnrolmentRecord.forSession(sessionId)
        if let status { request = request.filter(Column("status") == status.rawValue) }
        return try request.order(Column("queueNumber")).fetchAll(db).map(\.stored)
    }

    public static func enrolmentCounts(sessionId: UUID, in db: Database) throws -> EnrolmentCounts {
        EnrolmentCounts(
            accepted: try WaitingList.enrolments.count(EnrolmentStatus.accepted, of: sessionId, in: db),
            waitlisted: try WaitingList.enrolments.count(EnrolmentStatus.waitlisted, of: sessionId, in: db),
            cancelled: try WaitingList.enrolments.count(EnrolmentStatus.cancelled, of: sessionId, in: db))
    }

    /// The certificates issued for the session, as their messages announced them.
    public static func certificates(sessionId: UUID, in db: Database) throws -> [CertificateIssued] {
        try CertificateRecord.filter(Column("sessionId") == sessionId.uuidString).order(Column("name"))
            .fetchAll(db).map(\.message)
    }
}

/// A session as the training service keeps it.
public struct StoredTrainingSession: Sendable, Equatable {
    public var id: UUID
    public var courseId: UUID
    public var status: TrainingSessionStatus
    public var details: TrainingSessionDetails
    public var cancelReason: String?
    /// The feedback survey opened after completion, once the surveys service announced it.
    public var feedbackSurveyId: UUID?
}

/// An enrolment as the training service keeps it.
public struct StoredEnrolment: Sendable, Equatable {
    public var id: UUID
    public var sessionId: UUID
    public var trainee: Trainee
    public var status: EnrolmentStatus
    /// Arrival order within the session.
    public var queueNumber: Int64
    /// `nil` until attendance is recorded.
    public var attendance: TrainingAttendance?
}

/// How many enrolments of a session are in each status.
public struct EnrolmentCounts: Sendable, Equatable {
    public var accepted: Int
    public var waitlisted: Int
    public var cancelled: Int

    public init(accepted: Int, waitlisted: Int, cancelled: Int) {
        self.accepted = accepted
        self.waitlisted = waitlisted
        self.cancelled = cancelled
    }
}

extension SessionRecord {
    var stored: StoredTrainingSession {
        StoredTrainingSession(
            id: sessionId, courseId: courseUUID, status: status, details: details, cancelReason: cancelReason,
            feedbackSurveyId: feedbackSurveyId.flatMap(UUID.init(uuidString:)))
    }
}

extension EnrolmentRecord {
    var stored: StoredEnrolment {
        StoredEnrolment(
            id: enrolmentId, sessionId: sessionUUID, trainee: trainee, status: status, queueNumber: queueNumber,
            attendance: attendance)
    }
}
