import Foundation
import GatewayKit
import MessageSchema

/// The training part's CSV files of one session (`CSVFile`).
///
/// - Enrolments (accepted, then the waiting list in order, then cancelled):
///   `enrolmentId`, `name`, `email`, `institution`, `municipality`, `status`,
///   `position` (on the waiting list), `enrolledAt` (Vilnius time),
///   `attendance` (present, absent, excused, or empty while not recorded).
/// - Certificates, by name in Lithuanian order: `code`, `name`,
///   `institution`, `course`, `sessionStartsAt`, `issuedAt`, `verificationURL`
///   (the public page `/sertifikatai/{code}`).
enum TrainingCSV {
    static func enrolments(of session: TrainingSessionRecord, _ enrolments: [EnrolmentRecord]) -> CSVFile {
        CSVFile(
            fileName: "\(session.courseTitleLt) \(day(session)) – dalyviai.csv",
            header: [
                "enrolmentId", "name", "email", "institution", "municipality", "status", "position", "enrolledAt",
                "attendance",
            ],
            rows: enrolments.map { enrolment in
                [
                    enrolment.id.uuidString, enrolment.trainee.name, enrolment.trainee.email, enrolment.trainee.institution,
                    enrolment.trainee.municipality, enrolment.status.rawValue, enrolment.position.map(String.init) ?? "",
                    CSVFile.cell(enrolment.enrolledAt), enrolment.attendance?.rawValue ?? "",
                ]
            })
    }

    static func certificates(of session: TrainingSessionRecord, _ certificates: [CertificateRecord], publicURL: String) -> CSVFile {
        CSVFile(
            fileName: "\(session.courseTitleLt) \(day(session)) – pažymėjimai.csv",
            header: ["code", "name", "institution", "course", "sessionStartsAt", "issuedAt", "verificationURL"],
            rows: certificates.map { certificate in
                [
                    certificate.code, certificate.name, certificate.institution, certificate.courseTitleLt,
                    CSVFile.cell(certificate.sessionStartsAt), CSVFile.cell(certificate.issuedAt),
                    publicURL + "/sertifikatai/" + certificate.code,
                ]
            })
    }

    /// The session's first day in Vilnius, `2027-02-24`.
    static func day(_ session: TrainingSessionRecord) -> String {
        String(Timestamp.formatVilnius(session.details.startsAt).prefix(10))
    }
}
