import Foundation

// Messages the training service publishes about courses, sessions and
// enrolments. Each carries what a reader needs to keep its own copy.

public struct CourseCreated: Message, Equatable {
    public static let type = "course.created"
    public static let version = 1
    public var courseId: UUID
    public var details: CourseDetails

    public init(courseId: UUID, details: CourseDetails) {
        self.courseId = courseId
        self.details = details
    }
}

public struct CourseUpdated: Message, Equatable {
    public static let type = "course.updated"
    public static let version = 1
    public var courseId: UUID
    /// The whole description after the change.
    public var details: CourseDetails

    public init(courseId: UUID, details: CourseDetails) {
        self.courseId = courseId
        self.details = details
    }
}

public struct TrainingSessionPlanned: Message, Equatable {
    public static let type = "session.planned"
    public static let version = 1
    public var sessionId: UUID
    public var courseId: UUID
    public var details: TrainingSessionDetails

    public init(sessionId: UUID, courseId: UUID, details: TrainingSessionDetails) {
        self.sessionId = sessionId
        self.courseId = courseId
        self.details = details
    }
}

public struct TrainingSessionCancelled: Message, Equatable {
    public static let type = "session.cancelled"
    public static let version = 1
    public var sessionId: UUID
    public var courseId: UUID
    public var reason: String?

    public init(sessionId: UUID, courseId: UUID, reason: String?) {
        self.sessionId = sessionId
        self.courseId = courseId
        self.reason = reason
    }
}

public struct EnrolmentAccepted: Message, Equatable {
    public static let type = "enrolment.accepted"
    public static let version = 1
    public var enrolmentId: UUID
    public var sessionId: UUID
    public var trainee: Trainee
    public var enrolledAt: Date

    public init(enrolmentId: UUID, sessionId: UUID, trainee: Trainee, enrolledAt: Date) {
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
        self.trainee = trainee
        self.enrolledAt = enrolledAt
    }
}

public struct EnrolmentWaitlisted: Message, Equatable {
    public static let type = "enrolment.waitlisted"
    public static let version = 1
    public var enrolmentId: UUID
    public var sessionId: UUID
    public var trainee: Trainee
    public var enrolledAt: Date
    /// 1 is the next to be promoted.
    public var position: Int

    public init(enrolmentId: UUID, sessionId: UUID, trainee: Trainee, enrolledAt: Date, position: Int) {
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
        self.trainee = trainee
        self.enrolledAt = enrolledAt
        self.position = position
    }
}

/// A waitlisted enrolment took a place that became free.
public struct EnrolmentPromoted: Message, Equatable {
    public static let type = "enrolment.promoted"
    public static let version = 1
    public var enrolmentId: UUID
    public var sessionId: UUID

    public init(enrolmentId: UUID, sessionId: UUID) {
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
    }
}

public struct EnrolmentCancelled: Message, Equatable {
    public static let type = "enrolment.cancelled"
    public static let version = 1
    public var enrolmentId: UUID
    public var sessionId: UUID
    /// What the enrolment was before: accepted or waitlisted.
    public var previousStatus: EnrolmentStatus

    public init(enrolmentId: UUID, sessionId: UUID, previousStatus: EnrolmentStatus) {
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
        self.previousStatus = previousStatus
    }
}

public struct TrainingAttendanceRecorded: Message, Equatable {
    public static let type = "enrolment.attendance-recorded"
    public static let version = 1
    public var enrolmentId: UUID
    public var sessionId: UUID
    public var attendance: TrainingAttendance

    public init(enrolmentId: UUID, sessionId: UUID, attendance: TrainingAttendance) {
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
        self.attendance = attendance
    }
}

/// A certificate issued to a trainee present at a completed session. Its
/// `code` is what anyone checks at the public verification endpoint.
public struct CertificateIssued: Message, Equatable {
    public static let type = "certificate.issued"
    public static let version = 1
    public var certificateId: UUID
    /// 12 characters of an alphabet without look-alikes (no 0, O, 1, I).
    public var code: String
    public var enrolmentId: UUID
    public var sessionId: UUID
    public var courseId: UUID
    public var name: String
    public var institution: String
    public var courseTitleLt: String
    /// When the session started.
    public var sessionStartsAt: Date
    public var issuedAt: Date

    public init(
        certificateId: UUID, code: String, enrolmentId: UUID, sessionId: UUID, courseId: UUID, name: String,
        institution: String, courseTitleLt: String, sessionStartsAt: Date, issuedAt: Date
    ) {
        self.certificateId = certificateId
        self.code = code
        self.enrolmentId = enrolmentId
        self.sessionId = sessionId
        self.courseId = courseId
        self.name = name
        self.institution = institution
        self.courseTitleLt = courseTitleLt
        self.sessionStartsAt = sessionStartsAt
        self.issuedAt = issuedAt
    }
}

/// The surveys service opened the feedback survey of a completed session:
/// the session now names it, so staff can send it to those who attended.
public struct TrainingFeedbackSurveyLinked: Message, Equatable {
    public static let type = "session.feedback-survey-linked"
    public static let version = 1
    public var sessionId: UUID
    public var courseId: UUID
    public var surveyId: UUID

    public init(sessionId: UUID, courseId: UUID, surveyId: UUID) {
        self.sessionId = sessionId
        self.courseId = courseId
        self.surveyId = surveyId
    }
}
