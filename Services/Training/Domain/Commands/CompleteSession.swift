import Foundation
import GRDB
import MessageSchema

extension TrainingChange {
    /// Completes a session once every accepted enrolment has its attendance,
    /// and issues a certificate to each one present, in the same transaction.
    /// Messages: `TrainingSessionCompleted`, then `CertificateIssued` for each.
    /// Returns the certificates' codes.
    func complete(_ session: SessionRecord) throws -> [String] {
        let accepted = try EnrolmentRecord.forSession(session.sessionId)
            .filter(Column("status") == EnrolmentStatus.accepted.rawValue)
            .order(Column("queueNumber"))
            .fetchAll(db)
        let missing = accepted.filter { $0.attendance == nil }
        if !missing.isEmpty {
            let names = missing.map(\.name).joined(separator: ", ")
            throw CommandFailure(
                .conflict,
                "The session \(session.label) cannot be completed: attendance is not recorded for \(names).",
                details: [
                    "sessionId": session.id, "missing": names,
                    "missingEnrolmentIds": missing.map(\.id).joined(separator: ","),
                ])
        }
        let course = try existingCourse(session.courseUUID)
        let present = accepted.filter { $0.attendance == .present }
        try publish(
            TrainingSessionCompleted(
                sessionId: session.sessionId, courseId: course.courseId, courseTitleLt: course.titleLt,
                endedAt: session.endsAt, presentEnrolmentIds: present.map(\.enrolmentId)))
        var codes: [String] = []
        for enrolment in present {
            let certificate = CertificateRecord(
                id: UUID(derivedFrom: "training:certificate:\(enrolment.id)").uuidString, code: try freshCode(),
                enrolmentId: enrolment.id, sessionId: session.id, courseId: course.id, name: enrolment.name,
                institution: enrolment.institution, courseTitleLt: course.titleLt, sessionStartsAt: session.startsAt,
                issuedAt: now)
            try certificate.insert(db)
            try publish(certificate.message)
            codes.append(certificate.code)
        }
        return codes
    }

    /// A verification code no certificate has yet.
    private func freshCode() throws -> String {
        while true {
            let code = CertificateCode.make()
            if try CertificateRecord.filter(Column("code") == code).fetchCount(db) > 0 { continue }
            return code
        }
    }
}
