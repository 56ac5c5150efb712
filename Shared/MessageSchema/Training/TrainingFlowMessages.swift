import Foundation

// Messages of the training service that other services react to.

/// A training session ended and its attendance is final: certificates go to
/// those present, and a feedback survey opens.
public struct TrainingSessionCompleted: Message, Equatable {
    public static let type = "training.session-completed"
    public static let version = 1
    public var sessionId: UUID
    public var courseId: UUID
    /// The course's Lithuanian title, for the feedback survey's name.
    public var courseTitleLt: String
    public var endedAt: Date
    /// Enrolments marked present.
    public var presentEnrolmentIds: [UUID]

    public init(sessionId: UUID, courseId: UUID, courseTitleLt: String, endedAt: Date, presentEnrolmentIds: [UUID]) {
        self.sessionId = sessionId
        self.courseId = courseId
        self.courseTitleLt = courseTitleLt
        self.endedAt = endedAt
        self.presentEnrolmentIds = presentEnrolmentIds
    }
}
