import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// A course's feedback: the surveys about it, their responses added up, and
/// NPS and satisfaction averaged over them weighted by responses (with one
/// survey, exactly its own figures).
struct CourseFeedback: Sendable, Equatable {
    var responses: Int
    var nps: Double?
    var satisfaction: Double?
}

/// One course as the read model has it, with its sessions counted by status
/// and its feedback (`nil` before any survey about it reported).
struct CourseRecord: Sendable, Equatable {
    var id: UUID
    var details: CourseDetails
    var plannedSessions: Int
    var completedSessions: Int
    var cancelledSessions: Int
    var feedback: CourseFeedback?
    var updatedSeq: Int64

    /// The columns `init(row:)` reads, for `SELECT \(CourseRecord.selection) FROM trainingCourses c`.
    static let selection = """
        c.*,
        (SELECT COUNT(*) FROM trainingSessions s WHERE s.courseId = c.id AND s.status = 'planned') AS plannedSessions,
        (SELECT COUNT(*) FROM trainingSessions s WHERE s.courseId = c.id AND s.status = 'completed') AS completedSessions,
        (SELECT COUNT(*) FROM trainingSessions s WHERE s.courseId = c.id AND s.status = 'cancelled') AS cancelledSessions,
        (SELECT COUNT(*) FROM trainingFeedback f WHERE f.courseId = c.id) AS feedbackSurveys,
        (SELECT SUM(f.responses) FROM trainingFeedback f WHERE f.courseId = c.id) AS feedbackResponses,
        (SELECT CASE WHEN COUNT(*) = 1 THEN MAX(f.nps) ELSE SUM(f.nps * f.responses) / SUM(f.responses) END
            FROM trainingFeedback f
            WHERE f.courseId = c.id AND f.nps IS NOT NULL AND f.responses > 0) AS feedbackNps,
        (SELECT CASE WHEN COUNT(*) = 1 THEN MAX(f.satisfaction) ELSE SUM(f.satisfaction * f.responses) / SUM(f.responses) END
            FROM trainingFeedback f
            WHERE f.courseId = c.id AND f.satisfaction IS NOT NULL AND f.responses > 0) AS feedbackSatisfaction
        """

    /// A course just created, before the read model has it.
    init(id: UUID, details: CourseDetails, updatedSeq: Int64) {
        self.id = id
        self.details = details
        plannedSessions = 0
        completedSessions = 0
        cancelledSessions = 0
        feedback = nil
        self.updatedSeq = updatedSeq
    }

    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw UnreadableRow(table: "trainingCourses", id: idText, column: "id")
        }
        guard let topic = TrainingTopic(rawValue: row["topic"]) else {
            throw UnreadableRow(table: "trainingCourses", id: idText, column: "topic")
        }
        self.id = id
        details = CourseDetails(titleLt: row["titleLt"], titleEn: row["titleEn"], description: row["description"], topic: topic)
        plannedSessions = row["plannedSessions"] ?? 0
        completedSessions = row["completedSessions"] ?? 0
        cancelledSessions = row["cancelledSessions"] ?? 0
        let surveys: Int = row["feedbackSurveys"] ?? 0
        feedback =
            surveys == 0
            ? nil
            : CourseFeedback(
                responses: row["feedbackResponses"] ?? 0, nps: row["feedbackNps"], satisfaction: row["feedbackSatisfaction"])
        updatedSeq = row["updatedSeq"]
    }
}

/// One session as the read model has it, with its course's title and enrolment counts.
struct TrainingSessionRecord: Sendable, Equatable {
    var id: UUID
    var courseId: UUID
    var courseTitleLt: String
    var courseTitleEn: String?
    var status: TrainingSessionStatus
    var details: TrainingSessionDetails
    var acceptedCount: Int
    var waitlistedCount: Int
    var cancelReason: String?
    /// The feedback survey opened after completion.
    var feedbackSurveyId: UUID?
    var updatedSeq: Int64

    /// Places still free.
    var placesLeft: Int { max(details.capacity - acceptedCount, 0) }

    /// The course's title in `language`: the English one when the course has it.
    func courseTitle(in language: Language) -> String {
        language == .en ? (courseTitleEn ?? courseTitleLt) : courseTitleLt
    }

    /// The columns `init(row:)` reads, for `SELECT \(selection) FROM trainingSessions s JOIN trainingCourses c …`.
    static let selection = """
        s.*, c.titleLt AS courseTitleLt, c.titleEn AS courseTitleEn,
        (SELECT COUNT(*) FROM trainingEnrolments e WHERE e.sessionId = s.id AND e.status = 'accepted') AS acceptedCount,
        (SELECT COUNT(*) FROM trainingEnrolments e WHERE e.sessionId = s.id AND e.status = 'waitlisted') AS waitlistedCount
        """
    static let from = "trainingSessions s JOIN trainingCourses c ON c.id = s.courseId"

    /// A session just planned, before the read model has it.
    init(id: UUID, courseId: UUID, courseTitleLt: String, details: TrainingSessionDetails, updatedSeq: Int64) {
        self.id = id
        self.courseId = courseId
        self.courseTitleLt = courseTitleLt
        status = .planned
        self.details = details
        acceptedCount = 0
        waitlistedCount = 0
        cancelReason = nil
        feedbackSurveyId = nil
        self.updatedSeq = updatedSeq
    }

    init(row: Row) throws {
        let idText: String = row["id"]
        func unreadable(_ column: String) -> UnreadableRow {
            UnreadableRow(table: "trainingSessions", id: idText, column: column)
        }
        guard let id = UUID(uuidString: idText) else { throw unreadable("id") }
        guard let courseId = UUID(uuidString: row["courseId"]) else { throw unreadable("courseId") }
        guard let status = TrainingSessionStatus(rawValue: row["status"]) else { throw unreadable("status") }
        guard let kind = TrainingPlace.Kind(rawValue: row["placeKind"]) else { throw unreadable("placeKind") }
        self.id = id
        self.courseId = courseId
        courseTitleLt = row["courseTitleLt"]
        courseTitleEn = row["courseTitleEn"]
        self.status = status
        details = TrainingSessionDetails(
            startsAt: row["startsAt"], endsAt: row["endsAt"],
            place: TrainingPlace(kind: kind, city: row["placeCity"], address: row["placeAddress"], url: row["placeUrl"]),
            capacity: row["capacity"], trainer: row["trainer"])
        acceptedCount = row["acceptedCount"] ?? 0
        waitlistedCount = row["waitlistedCount"] ?? 0
        cancelReason = row["cancelReason"]
        feedbackSurveyId = (row["feedbackSurveyId"] as String?).flatMap(UUID.init(uuidString:))
        updatedSeq = row["updatedSeq"]
    }
}

/// One enrolment as the read model has it.
struct EnrolmentRecord: Sendable, Equatable {
    var id: UUID
    var sessionId: UUID
    var trainee: Trainee
    var status: EnrolmentStatus
    /// Place on the waiting list, 1 first; only while waitlisted.
    var position: Int?
    var enrolledAt: Date
    var attendance: TrainingAttendance?

    /// An enrolment just made, before the read model has it.
    init(outcome: EnrolmentOutcome, trainee: Trainee, enrolledAt: Date) {
        id = outcome.enrolmentId
        sessionId = outcome.sessionId
        self.trainee = trainee
        status = outcome.status
        position = outcome.position
        self.enrolledAt = enrolledAt
        attendance = outcome.attendance
    }

    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText), let sessionId = UUID(uuidString: row["sessionId"]) else {
            throw UnreadableRow(table: "trainingEnrolments", id: idText, column: "id")
        }
        guard let status = EnrolmentStatus(rawValue: row["status"]) else {
            throw UnreadableRow(table: "trainingEnrolments", id: idText, column: "status")
        }
        self.id = id
        self.sessionId = sessionId
        trainee = Trainee(
            name: row["name"], institution: row["institution"], municipality: row["municipality"], email: row["email"])
        self.status = status
        position = row["position"]
        enrolledAt = row["enrolledAt"]
        attendance = (row["attendance"] as String?).flatMap(TrainingAttendance.init(rawValue:))
    }
}

/// One certificate as the read model has it.
struct CertificateRecord: Sendable, Equatable {
    var code: String
    var enrolmentId: String
    var name: String
    var institution: String
    var courseTitleLt: String
    var sessionStartsAt: Date
    var issuedAt: Date

    init(row: Row) {
        code = row["code"]
        enrolmentId = row["enrolmentId"]
        name = row["name"]
        institution = row["institution"]
        courseTitleLt = row["courseTitleLt"]
        sessionStartsAt = row["sessionStartsAt"]
        issuedAt = row["issuedAt"]
    }
}
