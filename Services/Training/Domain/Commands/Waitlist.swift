import Foundation
import GRDB
import MessageSchema

/// Counting places and moving the waiting list up, oldest first.
enum Waitlist {
    static func count(_ status: EnrolmentStatus, of sessionId: UUID, in db: Database) throws -> Int {
        try EnrolmentRecord.forSession(sessionId).filter(Column("status") == status.rawValue).fetchCount(db)
    }

    /// The waiting list's place of a waitlisted enrolment, 1 first.
    static func position(of enrolment: EnrolmentRecord, in db: Database) throws -> Int {
        try EnrolmentRecord.forSession(enrolment.sessionUUID)
            .filter(Column("status") == EnrolmentStatus.waitlisted.rawValue)
            .filter(Column("queueNumber") <= enrolment.queueNumber)
            .fetchCount(db)
    }

    static func nextQueueNumber(of sessionId: UUID, in db: Database) throws -> Int64 {
        let last = try Int64.fetchOne(
            db, sql: "SELECT MAX(queueNumber) FROM enrolments WHERE sessionId = ?", arguments: [sessionId.uuidString])
        return (last ?? 0) + 1
    }
}

extension TrainingChange {
    /// Accepts waitlisted enrolments, oldest first, while the planned session
    /// has free places. Message: `EnrolmentPromoted` for each.
    @discardableResult
    func fillPlaces(of session: SessionRecord) throws -> [UUID] {
        guard session.status == .planned else { return [] }
        let free = session.capacity - (try Waitlist.count(.accepted, of: session.sessionId, in: db))
        guard free > 0 else { return [] }
        let promoted = try EnrolmentRecord.forSession(session.sessionId)
            .filter(Column("status") == EnrolmentStatus.waitlisted.rawValue)
            .order(Column("queueNumber"))
            .limit(free)
            .fetchAll(db)
        for var enrolment in promoted {
            enrolment.status = .accepted
            try enrolment.update(db)
            try publish(EnrolmentPromoted(enrolmentId: enrolment.enrolmentId, sessionId: session.sessionId))
        }
        return promoted.map(\.enrolmentId)
    }
}
