import Foundation
import GRDB
import MessageSchema

extension CampaignsChange {
    /// Receives another unit's content for review. Message: `SubmissionReceived`.
    func submit(_ command: SubmitContent) throws -> SubmissionRef {
        try SubmissionRules.validate(command.content)
        let content = SubmissionRules.normalised(command.content)
        if try SubmissionRecord.fetchOne(db, key: command.submissionId.uuidString) != nil {
            throw CommandFailure(
                .conflict, "A submission with the id \(command.submissionId.uuidString) exists already.",
                details: ["submissionId": command.submissionId.uuidString])
        }
        try SubmissionRecord(id: command.submissionId, content: content, createdAt: now).insert(db)
        try publish(SubmissionReceived(submissionId: command.submissionId, content: content))
        return SubmissionRef(submissionId: command.submissionId, status: .submitted)
    }

    /// The unit's new version after a request for changes: back to review.
    /// Message: `SubmissionReceived` with `resubmitted`.
    func resubmit(_ command: ResubmitContent) throws -> SubmissionRef {
        var submission = try existingSubmission(command.submissionId)
        try require(submission, in: [.changesRequested], to: .submitted, doing: "be resubmitted")
        try SubmissionRules.validate(command.content)
        let content = SubmissionRules.normalised(command.content)
        submission.content = content
        submission.status = .submitted
        submission.updatedAt = now
        try submission.update(db)
        try publish(SubmissionReceived(submissionId: command.submissionId, content: content, resubmitted: true))
        return SubmissionRef(submissionId: command.submissionId, status: .submitted)
    }

    /// Approves, rejects (a reason is required) or asks for changes (what
    /// to change is required); records who reviewed (the command's actor)
    /// and when. Message: `SubmissionReviewed`.
    func review(_ command: ReviewSubmission) throws -> SubmissionRef {
        var submission = try existingSubmission(command.submissionId)
        let comment = command.comment.trimmedOrNil
        if comment == nil && command.decision != .approve {
            let what = command.decision == .reject ? "a rejection needs a reason" : "a request for changes needs a comment"
            throw CampaignRules.invalid("comment", "'comment' is required: \(what)")
        }
        try require(submission, in: [.submitted], to: command.decision.status, doing: "be reviewed")
        submission.status = command.decision.status
        submission.reviewComment = comment
        submission.reviewedByAccountId = actor?.accountId?.uuidString
        submission.reviewedByName = actor?.name
        submission.reviewedAt = now
        submission.updatedAt = now
        try submission.update(db)
        try publish(SubmissionReviewed(submissionId: command.submissionId, decision: command.decision, comment: comment))
        return SubmissionRef(submissionId: command.submissionId, status: submission.status)
    }

    /// Puts an approved submission on the content calendar, or moves it
    /// there. Message: `SubmissionScheduled`.
    func schedule(_ command: ScheduleSubmission) throws -> SubmissionRef {
        var submission = try existingSubmission(command.submissionId)
        if !CalendarDay.isValid(command.date) {
            throw CampaignRules.invalid("date", "'date' must be a day such as 2026-12-01; '\(command.date)' is not")
        }
        try require(submission, in: [.approved, .scheduled], to: .scheduled, doing: "be scheduled")
        submission.status = .scheduled
        submission.scheduledOn = command.date
        submission.scheduledChannel = command.channel
        submission.updatedAt = now
        try submission.update(db)
        try publish(SubmissionScheduled(submissionId: command.submissionId, date: command.date, channel: command.channel))
        return SubmissionRef(submissionId: command.submissionId, status: .scheduled)
    }

    /// Marks a scheduled submission published. Nothing unapproved is ever
    /// published: any other status is an illegal transition.
    /// Message: `SubmissionPublished`.
    func publishSubmission(_ command: PublishSubmission) throws -> SubmissionRef {
        var submission = try existingSubmission(command.submissionId)
        try require(submission, in: [.scheduled], to: .published, doing: "be published")
        submission.status = .published
        submission.publishedAt = now
        submission.updatedAt = now
        try submission.update(db)
        try publish(SubmissionPublished(submissionId: command.submissionId, publishedAt: now))
        return SubmissionRef(submissionId: command.submissionId, status: .published)
    }

    /// Refuses a step the submission's status does not allow.
    private func require(
        _ submission: SubmissionRecord, in statuses: Set<SubmissionStatus>, to next: SubmissionStatus,
        doing what: String
    ) throws {
        guard statuses.contains(submission.status) else {
            let needed = statuses.map(\.rawValue).sorted().joined(separator: " or ")
            throw CommandFailure(
                .illegalTransition,
                "The submission \(submission.label) is \(submission.status.rawValue): only a \(needed) submission can \(what).",
                details: [
                    "submissionId": submission.id, "from": submission.status.rawValue, "to": next.rawValue,
                ])
        }
    }
}
