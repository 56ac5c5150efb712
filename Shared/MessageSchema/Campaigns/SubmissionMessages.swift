import Foundation

// Messages the campaigns service publishes about other units' submissions
// and the content calendar.

/// A unit submitted content, or resubmitted it after a request for changes.
public struct SubmissionReceived: Message, Equatable {
    public static let type = "submission.received"
    public static let version = 1
    public var submissionId: UUID
    public var content: SubmissionContent
    /// `true` when it answers a request for changes.
    public var resubmitted: Bool

    public init(submissionId: UUID, content: SubmissionContent, resubmitted: Bool = false) {
        self.submissionId = submissionId
        self.content = content
        self.resubmitted = resubmitted
    }
}

public struct SubmissionReviewed: Message, Equatable {
    public static let type = "submission.reviewed"
    public static let version = 1
    public var submissionId: UUID
    public var decision: SubmissionDecision
    /// The reason of a rejection, what to change, or a note on an approval.
    public var comment: String?

    public init(submissionId: UUID, decision: SubmissionDecision, comment: String?) {
        self.submissionId = submissionId
        self.decision = decision
        self.comment = comment
    }
}

/// An approved submission was put on the content calendar (or moved on it).
public struct SubmissionScheduled: Message, Equatable {
    public static let type = "submission.scheduled"
    public static let version = 1
    public var submissionId: UUID
    /// `YYYY-MM-DD`.
    public var date: String
    public var channel: Channel

    public init(submissionId: UUID, date: String, channel: Channel) {
        self.submissionId = submissionId
        self.date = date
        self.channel = channel
    }
}

public struct SubmissionPublished: Message, Equatable {
    public static let type = "submission.published"
    public static let version = 1
    public var submissionId: UUID
    public var publishedAt: Date

    public init(submissionId: UUID, publishedAt: Date) {
        self.submissionId = submissionId
        self.publishedAt = publishedAt
    }
}
