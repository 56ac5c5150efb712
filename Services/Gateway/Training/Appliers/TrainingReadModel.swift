import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The gateway's copy of the training service's state — courses, sessions,
/// enrolments with their waiting-list order and attendance, certificates —
/// kept by applying that service's messages in `seq` order; and each
/// course's feedback score, from the surveys service's `SurveyResultsUpdated`
/// about a course.
struct TrainingReadModel: ReadModelPart {
    init() {}

    /// Applies one training message, or a surveys result about a course,
    /// inside the consumer's transaction; returns `false` for anything else.
    /// An unknown version throws `MessageSchemaError.unknownType`; a message
    /// about a course, session or enrolment the read model lacks throws
    /// `TrainingReadModelError`. Either way the consumer dead-letters it.
    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool {
        let change = Change(envelope: envelope, db: db)
        if envelope.source == ServiceName.surveys.rawValue {
            guard envelope.type == SurveyResultsUpdated.type else { return false }
            return try feedback(change.payload(SurveyResultsUpdated.self), change)
        }
        guard envelope.source == ServiceName.training.rawValue else { return false }
        switch envelope.type {
        case CourseCreated.type: try courseCreated(change.payload(CourseCreated.self), change)
        case CourseUpdated.type: try courseUpdated(change.payload(CourseUpdated.self), change)
        case TrainingSessionPlanned.type: try sessionPlanned(change.payload(TrainingSessionPlanned.self), change)
        case TrainingSessionCancelled.type: try sessionCancelled(change.payload(TrainingSessionCancelled.self), change)
        case TrainingSessionCompleted.type: try sessionCompleted(change.payload(TrainingSessionCompleted.self), change)
        case EnrolmentAccepted.type: try enrolmentAccepted(change.payload(EnrolmentAccepted.self), change)
        case EnrolmentWaitlisted.type: try enrolmentWaitlisted(change.payload(EnrolmentWaitlisted.self), change)
        case EnrolmentPromoted.type: try enrolmentPromoted(change.payload(EnrolmentPromoted.self), change)
        case EnrolmentCancelled.type: try enrolmentCancelled(change.payload(EnrolmentCancelled.self), change)
        case TrainingAttendanceRecorded.type: try attendanceRecorded(change.payload(TrainingAttendanceRecorded.self), change)
        case CertificateIssued.type: try certificateIssued(change.payload(CertificateIssued.self), change)
        case TrainingFeedbackSurveyLinked.type:
            try feedbackSurveyLinked(change.payload(TrainingFeedbackSurveyLinked.self), change)
        case PersonErased.type: try personErased(change.payload(PersonErased.self), change)
        default: return false
        }
        return true
    }
}
