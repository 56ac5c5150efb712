import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The gateway's copy of the events service's state, kept by applying that
/// service's messages in `seq` order. It ends equal to the service's own
/// state: event statuses and details, registrations and their waiting-list
/// order, attendance, annual plans; and each event's feedback headline, from
/// the surveys service's `SurveyOpened` and `SurveyResultsUpdated` about an event.
struct EventsReadModel: ReadModelPart {
    init() {}

    /// Applies one events message, or a surveys message about an event's
    /// feedback, inside the consumer's transaction; returns `false` for
    /// anything else. An unknown version throws
    /// `MessageSchemaError.unknownType`; a message about an event,
    /// registration or plan item the read model lacks throws `EventsReadModelError`.
    /// Either way the consumer dead-letters the message.
    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool {
        let change = Change(envelope: envelope, db: db)
        if envelope.source == ServiceName.surveys.rawValue { return try feedback(change) }
        guard envelope.source == ServiceName.events.rawValue else { return false }
        switch envelope.type {
        case EventProposed.type: try proposed(change.payload(EventProposed.self), change)
        case EventUpdated.type: try updated(change.payload(EventUpdated.self), change)
        case EventApproved.type: try approved(change.payload(EventApproved.self), change)
        case EventScheduled.type: try scheduled(change.payload(EventScheduled.self), change)
        case EventHeld.type: try held(change.payload(EventHeld.self), change)
        case EventCancelled.type: try cancelled(change.payload(EventCancelled.self), change)
        case RegistrationAccepted.type: try accepted(change.payload(RegistrationAccepted.self), change)
        case RegistrationWaitlisted.type: try waitlisted(change.payload(RegistrationWaitlisted.self), change)
        case RegistrationPromoted.type: try promoted(change.payload(RegistrationPromoted.self), change)
        case RegistrationCancelled.type: try registrationCancelled(change.payload(RegistrationCancelled.self), change)
        case AttendanceRecorded.type: try attendance(change.payload(AttendanceRecorded.self), change)
        case PlanItemAdded.type: try planItemAdded(change.payload(PlanItemAdded.self), change)
        case PlanItemChanged.type: try planItemChanged(change.payload(PlanItemChanged.self), change)
        case PersonErased.type: try personErased(change.payload(PersonErased.self), change)
        default: return false
        }
        return true
    }
}
