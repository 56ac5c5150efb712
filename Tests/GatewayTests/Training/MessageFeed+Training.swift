import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayTraining

/// The training part's helpers of the feed.
extension MessageFeed {
    /// A course, a session of it with `capacity` places, and `trainees` enrolled in order.
    @discardableResult
    func scenario(
        course: UUID = UUID(), session: UUID = UUID(), capacity: Int = 2, trainees: [String] = []
    ) throws -> [UUID] {
        try apply(CourseCreated(courseId: course, details: TrainingSample.course("Ryšiai su žiniasklaida")))
        try apply(TrainingSessionPlanned(sessionId: session, courseId: course, details: TrainingSample.session(capacity: capacity)))
        var ids: [UUID] = []
        var waiting = 0
        for (index, name) in trainees.enumerated() {
            let id = UUID()
            ids.append(id)
            if index < capacity {
                try apply(
                    EnrolmentAccepted(
                        enrolmentId: id, sessionId: session, trainee: TrainingSample.trainee(name), enrolledAt: Date()))
            } else {
                waiting += 1
                try apply(
                    EnrolmentWaitlisted(
                        enrolmentId: id, sessionId: session, trainee: TrainingSample.trainee(name), enrolledAt: Date(),
                        position: waiting))
            }
        }
        return ids
    }
}

/// Sample values of the training part.
enum TrainingSample {
    static func course(_ title: String, topic: TrainingTopic = .mediaRelations, description: String? = nil) -> CourseDetails {
        CourseDetails(titleLt: title, titleEn: "Course", description: description, topic: topic)
    }

    static func session(capacity: Int = 2, online: Bool = false) -> TrainingSessionDetails {
        TrainingSessionDetails(
            startsAt: Sample.date("2026-12-03T10:00"), endsAt: Sample.date("2026-12-03T16:00"),
            place: online
                ? TrainingPlace(kind: .online, url: "https://meet.lnb.lt/mokymai")
                : TrainingPlace(kind: .lithuania, city: "Vilnius", address: "Gedimino pr. 51"),
            capacity: capacity, trainer: "Rūta Žemaitytė")
    }

    static func trainee(_ name: String) -> Trainee {
        Trainee(
            name: name, institution: "Šiaulių apskrities Povilo Višinskio viešoji biblioteka",
            municipality: "Šiaulių miesto savivaldybė", email: "\(name.lowercased())@siauliai.lt")
    }

    static func certificate(
        code: String, name: String, enrolment: UUID, session: UUID, course: UUID, title: String = "Ryšiai su žiniasklaida"
    ) -> CertificateIssued {
        CertificateIssued(
            certificateId: UUID(), code: code, enrolmentId: enrolment, sessionId: session, courseId: course, name: name,
            institution: "Šiaulių apskrities Povilo Višinskio viešoji biblioteka", courseTitleLt: title,
            sessionStartsAt: Sample.date("2026-12-03T10:00"), issuedAt: Sample.date("2026-12-03T16:30"))
    }
}
