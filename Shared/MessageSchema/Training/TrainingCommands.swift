import Foundation

// Commands the training service accepts on its ROUTER.

public struct CourseRef: Codable, Sendable, Equatable {
    public var courseId: UUID
    public init(courseId: UUID) { self.courseId = courseId }
}

public struct CreateCourse: Command, Equatable {
    public static let name = "training.create-course"
    public typealias Result = CourseRef
    /// Chosen by the caller, so a retry names the same course.
    public var courseId: UUID
    public var details: CourseDetails

    public init(courseId: UUID = UUID(), details: CourseDetails) {
        self.courseId = courseId
        self.details = details
    }
}

/// Fields of a course to change; absent fields stay as they are.
public struct CoursePatch: Codable, Sendable, Equatable {
    public var titleLt: String?
    public var titleEn: String?
    public var description: String?
    public var topic: TrainingTopic?

    public init(titleLt: String? = nil, titleEn: String? = nil, description: String? = nil, topic: TrainingTopic? = nil) {
        self.titleLt = titleLt
        self.titleEn = titleEn
        self.description = description
        self.topic = topic
    }

    public var isEmpty: Bool { self == CoursePatch() }

    public func applied(to details: CourseDetails) -> CourseDetails {
        var result = details
        if let titleLt { result.titleLt = titleLt }
        if let titleEn { result.titleEn = titleEn }
        if let description { result.description = description }
        if let topic { result.topic = topic }
        return result
    }
}

public struct UpdateCourse: Command, Equatable {
    public static let name = "training.update-course"
    public typealias Result = CourseRef
    public var courseId: UUID
    public var patch: CoursePatch

    public init(courseId: UUID, patch: CoursePatch) {
        self.courseId = courseId
        self.patch = patch
    }
}

public struct TrainingSessionRef: Codable, Sendable, Equatable {
    public var sessionId: UUID
    public var courseId: UUID
    public var status: TrainingSessionStatus
    /// Codes of the certificates a completion issued, in enrolment order.
    public var certificateCodes: [String]

    public init(sessionId: UUID, courseId: UUID, status: TrainingSessionStatus, certificateCodes: [String] = []) {
        self.sessionId = sessionId
        self.courseId = courseId
        self.status = status
        self.certificateCodes = certificateCodes
    }
}

public struct PlanTrainingSession: Command, Equatable {
    public static let name = "training.plan-session"
    public typealias Result = TrainingSessionRef
    public var sessionId: UUID
    public var courseId: UUID
    public var details: TrainingSessionDetails

    public init(sessionId: UUID = UUID(), courseId: UUID, details: TrainingSessionDetails) {
        self.sessionId = sessionId
        self.courseId = courseId
        self.details = details
    }
}

/// Completes (issuing certificates to those present) or cancels a session.
public struct TransitionTrainingSession: Command, Equatable {
    public static let name = "training.transition-session"
    public typealias Result = TrainingSessionRef
    public var sessionId: UUID
    public var to: TrainingSessionStatus
    public var reason: String?

    public init(sessionId: UUID, to: TrainingSessionStatus, reason: String? = nil) {
        self.sessionId = sessionId
        self.to = to
        self.reason = reason
    }
}

public struct EnrolmentOutcome: Codable, Sendable, Equatable {
    public var enrolmentId: UUID
    public var sessionId: UUID
    public var status: EnrolmentStatus
    /// Place on the waiting list, 1 first; only while waitlisted.
    public var position: Int?
    /// Who moved up from the waiting list because of this command.
    public var promotedEnrolmentId: UUID?
    /// Recorded attendance, once there is one.
    public var attendance: TrainingAttendance?

    public init(
        enrolmentId: UUID, sessionId: UUID, status: EnrolmentStatus, position: Int? = nil,
        promotedEnrolmentId: UUID? = nil, attendance: TrainingAttendance? = nil
    ) {
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
        self.status = status
        self.position = position
        self.promotedEnrolmentId = promotedEnrolmentId
        self.attendance = attendance
    }
}

public struct EnrolTrainee: Command, Equatable {
    public static let name = "training.enrol"
    public typealias Result = EnrolmentOutcome
    public var enrolmentId: UUID
    public var sessionId: UUID
    public var trainee: Trainee

    public init(enrolmentId: UUID = UUID(), sessionId: UUID, trainee: Trainee) {
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
        self.trainee = trainee
    }
}

public struct CancelEnrolment: Command, Equatable {
    public static let name = "training.cancel-enrolment"
    public typealias Result = EnrolmentOutcome
    public var sessionId: UUID
    public var enrolmentId: UUID

    public init(sessionId: UUID, enrolmentId: UUID) {
        self.sessionId = sessionId
        self.enrolmentId = enrolmentId
    }
}

public struct RecordTrainingAttendance: Command, Equatable {
    public static let name = "training.record-attendance"
    public typealias Result = EnrolmentOutcome
    public var sessionId: UUID
    public var enrolmentId: UUID
    public var attendance: TrainingAttendance

    public init(sessionId: UUID, enrolmentId: UUID, attendance: TrainingAttendance) {
        self.sessionId = sessionId
        self.enrolmentId = enrolmentId
        self.attendance = attendance
    }
}
