import Foundation
import GRDB
import MessageSchema

extension EventsChange {
    /// Moves an event along its lifecycle, as `EventStatus.canMove(to:)` allows.
    /// An approval records who approved it (the command's actor) and when.
    /// Messages: `EventApproved`, `EventScheduled`, `EventHeld` or `EventCancelled`.
    func transition(_ command: TransitionEvent) throws -> EventRef {
        var event = try existingEvent(command.eventId)
        let from = event.status
        guard from.canMove(to: command.to) else {
            let allowed = from.next.map(\.rawValue).sorted()
            let hint = allowed.isEmpty ? "a \(from.rawValue) event cannot change status" : "it can move to \(allowed.joined(separator: " or "))"
            throw CommandFailure(
                .illegalTransition,
                "The event \(event.label) cannot move from \(from.rawValue) to \(command.to.rawValue): \(hint).",
                details: ["eventId": event.id, "from": from.rawValue, "to": command.to.rawValue])
        }
        event.status = command.to
        event.updatedAt = now
        if command.to == .approved {
            event.approvedByAccountId = actor?.accountId?.uuidString
            event.approvedByName = actor?.name
            event.approvedAt = now
        }
        try event.update(db)
        switch command.to {
        case .approved:
            try publish(EventApproved(eventId: command.eventId))
        case .scheduled:
            try publish(EventScheduled(eventId: command.eventId, details: event.details))
        case .held:
            try publish(EventHeld(eventId: command.eventId, eventType: event.type))
        case .cancelled:
            try publish(EventCancelled(eventId: command.eventId, reason: command.reason.trimmedOrNil))
        case .proposed:
            // No status moves back to proposed; `canMove(to:)` has refused it above.
            break
        }
        return EventRef(eventId: command.eventId)
    }
}
