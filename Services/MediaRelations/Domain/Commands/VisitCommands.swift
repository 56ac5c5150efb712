import Foundation
import GRDB
import MessageSchema

extension MediaRelationsChange {
    /// Stores a journalist's visit as requested. Message: `VisitRequested`.
    func requestVisit(_ command: RequestVisit) throws -> VisitRef {
        try VisitRules.validate(command.details)
        let details = VisitRules.normalised(command.details)
        let journalist = try existingContact(details.journalistId, field: "journalistId")
        guard VisitRules.visitingKinds.contains(journalist.kind) else {
            throw invalidInput(
                "journalistId",
                "\(journalist.name) is a contact of kind \(journalist.kind.rawValue); a visit needs a journalist or a media outlet.")
        }
        if try VisitRecord.exists(db, key: command.visitId.uuidString) {
            throw CommandFailure(
                .conflict, "A visit with the id \(command.visitId.uuidString) exists already.",
                details: ["visitId": command.visitId.uuidString])
        }
        try VisitRecord(
            id: command.visitId.uuidString, status: .requested, date: details.date, journalistId: journalist.id,
            purpose: details.purpose, host: details.host, cancelReason: nil, createdAt: now, updatedAt: now
        ).insert(db)
        try publish(VisitRequested(visitId: command.visitId, details: details))
        return VisitRef(visitId: command.visitId)
    }

    /// Moves a visit along requested → confirmed → held, or to cancelled
    /// before it is held. Message: `VisitStatusChanged`.
    func transition(_ command: TransitionVisit) throws -> VisitRef {
        var visit = try existingVisit(command.visitId)
        let from = visit.status
        guard from.canMove(to: command.to) else {
            let allowed = from.next.map(\.rawValue).sorted()
            let hint =
                allowed.isEmpty
                ? "a \(from.rawValue) visit cannot change status" : "it can move to \(allowed.joined(separator: " or "))"
            throw CommandFailure(
                .illegalTransition, "The visit cannot move from \(from.rawValue) to \(command.to.rawValue): \(hint).",
                details: ["visitId": visit.id, "from": from.rawValue, "to": command.to.rawValue])
        }
        let reason = command.to == .cancelled ? command.reason.trimmedOrNil : nil
        visit.status = command.to
        visit.cancelReason = reason
        visit.updatedAt = now
        try visit.update(db)
        try publish(VisitStatusChanged(visitId: command.visitId, status: command.to, reason: reason))
        return VisitRef(visitId: command.visitId)
    }
}
