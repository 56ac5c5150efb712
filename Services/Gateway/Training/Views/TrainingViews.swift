import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A course as the API shows it: absent values are `null`, so every course
/// has the same members; `feedback` is `null` until a survey about it reports.
struct CourseView: ResponseEncodable, Decodable, Equatable {
    struct SessionCounts: Codable, Equatable, Sendable {
        var planned: Int
        var completed: Int
        var cancelled: Int
    }

    struct Feedback: Codable, Equatable, Sendable {
        var responses: Int
        @ExplicitNull var nps: Double?
        @ExplicitNull var satisfaction: Double?
    }

    var id: UUID
    var titleLt: String
    @ExplicitNull var titleEn: String?
    @ExplicitNull var description: String?
    var topic: TrainingTopic
    var sessions: SessionCounts
    @ExplicitNull var feedback: Feedback?
    var updatedSeq: Int64

    init(_ row: CourseRecord) {
        id = row.id
        titleLt = row.details.titleLt
        titleEn = row.details.titleEn
        description = row.details.description
        topic = row.details.topic
        sessions = SessionCounts(
            planned: row.plannedSessions, completed: row.completedSessions, cancelled: row.cancelledSessions)
        feedback = row.feedback.map { Feedback(responses: $0.responses, nps: $0.nps, satisfaction: $0.satisfaction) }
        updatedSeq = row.updatedSeq
    }
}

/// A session as the API shows it. Times are Europe/Vilnius with their offset.
struct TrainingSessionView: ResponseEncodable, Decodable, Equatable {
    struct Place: Codable, Equatable, Sendable {
        var kind: TrainingPlace.Kind
        @ExplicitNull var city: String?
        @ExplicitNull var address: String?
        @ExplicitNull var url: String?
        var summary: String
    }

    struct Counts: Codable, Equatable, Sendable {
        var accepted: Int
        var waitlisted: Int
    }

    var id: UUID
    var courseId: UUID
    var courseTitleLt: String
    var status: TrainingSessionStatus
    var startsAt: String
    var endsAt: String
    var place: Place
    var capacity: Int
    var trainer: String
    var enrolments: Counts
    var placesLeft: Int
    @ExplicitNull var cancelReason: String?
    /// The feedback survey opened after completion, for staff to send to those present.
    @ExplicitNull var feedbackSurveyId: UUID?
    var updatedSeq: Int64

    init(_ row: TrainingSessionRecord) {
        let details = row.details
        id = row.id
        courseId = row.courseId
        courseTitleLt = row.courseTitleLt
        status = row.status
        startsAt = Timestamp.formatVilnius(details.startsAt)
        endsAt = Timestamp.formatVilnius(details.endsAt)
        place = Place(
            kind: details.place.kind, city: details.place.city, address: details.place.address, url: details.place.url,
            summary: details.place.summary)
        capacity = details.capacity
        trainer = details.trainer
        enrolments = Counts(accepted: row.acceptedCount, waitlisted: row.waitlistedCount)
        placesLeft = row.placesLeft
        cancelReason = row.cancelReason
        feedbackSurveyId = row.feedbackSurveyId
        updatedSeq = row.updatedSeq
    }
}

/// An enrolment as the API shows it; `position` only while waitlisted,
/// `attendance` once recorded, `null` otherwise.
struct EnrolmentView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var sessionId: UUID
    var status: EnrolmentStatus
    @ExplicitNull var position: Int?
    var name: String
    var institution: String
    var municipality: String
    var email: String
    var enrolledAt: String
    @ExplicitNull var attendance: TrainingAttendance?

    init(_ row: EnrolmentRecord) {
        id = row.id
        sessionId = row.sessionId
        status = row.status
        position = row.position
        name = row.trainee.name
        institution = row.trainee.institution
        municipality = row.trainee.municipality
        email = row.trainee.email
        enrolledAt = Timestamp.formatVilnius(row.enrolledAt)
        attendance = row.attendance
    }
}

/// What cancelling an enrolment did, with who moved up from the waiting list.
struct EnrolmentCancelledView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var sessionId: UUID
    var status: EnrolmentStatus
    @ExplicitNull var promotedEnrolmentId: UUID?

    init(_ outcome: EnrolmentOutcome) {
        id = outcome.enrolmentId
        sessionId = outcome.sessionId
        status = outcome.status
        promotedEnrolmentId = outcome.promotedEnrolmentId
    }
}

/// A certificate as anyone verifying it sees it: the public answer of
/// `GET /api/v1/certificates/{code}`. `sessionDate` is the session's day in Vilnius.
struct CertificateView: ResponseEncodable, Decodable, Equatable {
    var code: String
    var valid: Bool
    var name: String
    var institution: String
    var courseTitleLt: String
    var sessionDate: String
    var issuedAt: String

    init(_ row: CertificateRecord) {
        code = row.code
        valid = true
        name = row.name
        institution = row.institution
        courseTitleLt = row.courseTitleLt
        sessionDate = String(Timestamp.formatVilnius(row.sessionStartsAt).prefix(10))
        issuedAt = Timestamp.formatVilnius(row.issuedAt)
    }
}

/// A certificate in a session's list, for staff: the public view and whose enrolment it is.
struct SessionCertificateView: Codable, Equatable, Sendable {
    var code: String
    var valid: Bool
    var enrolmentId: String
    var name: String
    var institution: String
    var courseTitleLt: String
    var sessionDate: String
    var issuedAt: String

    init(_ row: CertificateRecord) {
        let view = CertificateView(row)
        code = view.code
        valid = view.valid
        enrolmentId = row.enrolmentId
        name = view.name
        institution = view.institution
        courseTitleLt = view.courseTitleLt
        sessionDate = view.sessionDate
        issuedAt = view.issuedAt
    }
}
