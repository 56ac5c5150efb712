import Foundation
import GRDB
import MessageSchema
import ServiceKit

extension WaitingList {
    /// A session's enrolments: `enrolments` by `sessionId`.
    static let enrolments = WaitingList(table: "enrolments", listColumn: "sessionId")
}

extension TrainingChange {
    /// Accepts waitlisted enrolments, oldest first, while the planned session
    /// has free places. Message: `EnrolmentPromoted` for each.
    @discardableResult
    func fillPlaces(of session: SessionRecord) throws -> [UUID] {
        guard session.status == .planned else { return [] }
        let promoted = try WaitingList.enrolments.fillPlaces(capacity: session.capacity, of: session.sessionId, in: db)
        for enrolmentId in promoted {
            try publish(EnrolmentPromoted(enrolmentId: enrolmentId, sessionId: session.sessionId))
        }
        return promoted
    }
}
