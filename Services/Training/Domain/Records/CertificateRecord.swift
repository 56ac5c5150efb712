import Foundation
import GRDB
import MessageSchema

/// A row of `certificates`: one per trainee present at a completed session.
struct CertificateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "certificates"

    var id: String
    var code: String
    var enrolmentId: String
    var sessionId: String
    var courseId: String
    var name: String
    var institution: String
    var courseTitleLt: String
    var sessionStartsAt: Date
    var issuedAt: Date

    var message: CertificateIssued {
        CertificateIssued(
            certificateId: UUID(uuidString: id)!, code: code, enrolmentId: UUID(uuidString: enrolmentId)!,
            sessionId: UUID(uuidString: sessionId)!, courseId: UUID(uuidString: courseId)!, name: name,
            institution: institution, courseTitleLt: courseTitleLt, sessionStartsAt: sessionStartsAt, issuedAt: issuedAt)
    }
}
