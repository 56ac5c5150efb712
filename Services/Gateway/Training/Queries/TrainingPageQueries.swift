import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// A certificate with its session's times (its hours are the session's length).
struct CertificateSheet: Sendable {
    var certificate: CertificateRecord
    var sessionId: UUID?
    var sessionEndsAt: Date?
}

/// A year of training, for the start page and the annual report (Vilnius time).
struct TrainingYear: Sendable {
    struct Session: Sendable {
        var id: UUID
        var courseTitleLt: String
        var startsAt: Date
        var present: Int
        var certificates: Int
    }

    var year: Int
    /// Sessions held (completed) that started in the year, by start.
    var held: [Session]
    /// Sessions still planned that start in the year.
    var planned: Int
    /// Those present at the sessions held, by municipality, in Lithuanian order.
    var byMunicipality: [(municipality: String, participants: Int)]
    var certificates: Int

    var participants: Int { byMunicipality.map(\.participants).reduce(0, +) }
}

/// What the training pages ask the read model beyond what the API does.
enum TrainingPageQueries {
    static func certificateSheet(code: String, in db: Database) throws -> CertificateSheet? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM trainingCertificates WHERE code = ?", arguments: [code]) else {
            return nil
        }
        let sessionId = (row["sessionId"] as String?).flatMap(UUID.init(uuidString:))
        let endsAt = try Date.fetchOne(
            db, sql: "SELECT endsAt FROM trainingSessions WHERE id = ?", arguments: [row["sessionId"] as String?])
        return CertificateSheet(certificate: CertificateRecord(row: row), sessionId: sessionId, sessionEndsAt: endsAt)
    }

    /// Every certificate, newest first.
    static func certificates(in db: Database) throws -> [CertificateRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM trainingCertificates ORDER BY issuedAt DESC, code").map(CertificateRecord.init(row:))
    }

    static func year(_ year: Int, in db: Database) throws -> TrainingYear {
        guard let span = VilniusTime.year(year) else {
            return TrainingYear(year: year, held: [], planned: 0, byMunicipality: [], certificates: 0)
        }
        let (start, end) = span
        let held = try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.startsAt, c.titleLt,
                    (SELECT COUNT(*) FROM trainingEnrolments e
                     WHERE e.sessionId = s.id AND e.status = 'accepted' AND e.attendance = 'present') AS present,
                    (SELECT COUNT(*) FROM trainingCertificates t WHERE t.sessionId = s.id) AS certificates
                FROM trainingSessions s JOIN trainingCourses c ON c.id = s.courseId
                WHERE s.status = 'completed' AND s.startsAt >= ? AND s.startsAt < ?
                ORDER BY s.startsAt, s.id
                """,
            arguments: [start, end]
        ).map { row -> TrainingYear.Session in
            let id: String = row["id"]
            guard let uuid = UUID(uuidString: id) else { throw UnreadableRow(table: "trainingSessions", id: id, column: "id") }
            return TrainingYear.Session(
                id: uuid, courseTitleLt: row["titleLt"], startsAt: row["startsAt"], present: row["present"],
                certificates: row["certificates"])
        }
        let planned =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM trainingSessions WHERE status = 'planned' AND startsAt >= ? AND startsAt < ?",
                arguments: [start, end]) ?? 0
        let municipalities = try Row.fetchAll(
            db,
            sql: """
                SELECT e.municipality, COUNT(*) AS participants
                FROM trainingEnrolments e JOIN trainingSessions s ON s.id = e.sessionId
                WHERE s.status = 'completed' AND s.startsAt >= ? AND s.startsAt < ?
                    AND e.status = 'accepted' AND e.attendance = 'present'
                GROUP BY e.municipality
                """,
            arguments: [start, end]
        ).map { (municipality: $0["municipality"] as String, participants: $0["participants"] as Int) }
            .sorted { LithuanianOrder.areInIncreasingOrder($0.municipality, $1.municipality) }
        let certificates =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM trainingCertificates WHERE issuedAt >= ? AND issuedAt < ?",
                arguments: [start, end]) ?? 0
        return TrainingYear(year: year, held: held, planned: planned, byMunicipality: municipalities, certificates: certificates)
    }
}
