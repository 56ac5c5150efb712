import Foundation
import GRDB
import MessageSchema

/// The mails about trainings: an enrolment accepted, waitlisted or promoted
/// (with the link that cancels it), and the certificate with the link that
/// verifies it.
struct TrainingMails {
    let context: MailContext

    func keepCourse(_ courseId: UUID, _ details: CourseDetails, in db: Database) throws {
        try CourseCopy(id: courseId.uuidString, titleLt: details.titleLt).save(db)
    }

    func keepSession(_ message: TrainingSessionPlanned, in db: Database) throws {
        let place = message.details.place
        let line =
            place.kind == .online
            ? (place.url ?? "") : [place.address, place.city].compactMap { $0 }.joined(separator: ", ")
        try SessionCopy(
            id: message.sessionId.uuidString, courseId: message.courseId.uuidString,
            startsAt: message.details.startsAt, place: line
        ).save(db)
    }

    func enrolled(
        _ enrolmentId: UUID, sessionId: UUID, trainee: Trainee, position: Int?, _ envelope: Envelope, in db: Database
    ) throws {
        let enrolment = EnrolmentCopy(
            id: enrolmentId.uuidString, sessionId: sessionId.uuidString, name: trainee.name, email: trainee.email)
        try enrolment.save(db)
        if let position {
            try mail(.enrolmentWaitlisted, enrolment, extra: ["position": position], causedBy: envelope, in: db)
        } else {
            try mail(.enrolmentAccepted, enrolment, causedBy: envelope, in: db)
        }
    }

    func promoted(_ message: EnrolmentPromoted, _ envelope: Envelope, in db: Database) throws {
        try mail(.enrolmentPromoted, try enrolment(message.enrolmentId, in: db), causedBy: envelope, in: db)
    }

    func certificate(_ message: CertificateIssued, _ envelope: Envelope, in db: Database) throws {
        var enrolment = try enrolment(message.enrolmentId, in: db)
        enrolment.name = message.name
        let verify = context.publicURL + "/sertifikatai/" + message.code
        try mail(
            .certificateIssued, enrolment,
            extra: [
                "code": message.code, "name": message.name, "institution": message.institution, "verifyURL": verify,
                "courseTitle": message.courseTitleLt,
            ], causedBy: envelope, in: db)
    }

    private func mail(
        _ kind: MailKind, _ enrolment: EnrolmentCopy, extra: [String: Any] = [:], causedBy envelope: Envelope,
        in db: Database
    ) throws {
        guard let session = try SessionCopy.fetchOne(db, key: enrolment.sessionId) else {
            throw ReactionFailure("the mail service has no training session \(enrolment.sessionId)")
        }
        let course = try CourseCopy.fetchOne(db, key: session.courseId)
        var values: [String: Any] = [
            "courseTitle": course?.titleLt ?? "",
            "sessionWhen": MailDates.dayAndTime(session.startsAt, language: "lt"),
            "sessionWhere": session.place,
            "cancelURL": context.link("/kursai/atsaukti/", .cancelEnrolment, subject: enrolment.id),
        ]
        values.merge(extra) { _, new in new }
        let id = MailQueue.mailId(causedBy: envelope, about: enrolment.id, to: enrolment.email)
        let content = context.composer.compose(
            kind, id: id, to: MailAddress(name: enrolment.name, address: enrolment.email), values: values,
            date: envelope.occurredAt)
        try MailQueue.enqueue(content, kind: kind, id: id, causedBy: envelope, in: db)
    }

    private func enrolment(_ id: UUID, in db: Database) throws -> EnrolmentCopy {
        guard let enrolment = try EnrolmentCopy.fetchOne(db, key: id.uuidString) else {
            throw ReactionFailure("the mail service has no enrolment \(id.uuidString)")
        }
        return enrolment
    }
}
