import Foundation
import GatewayKit

/// Why an events message could not be applied to the read model. The
/// consumer puts the message in the dead letters with this text as the reason.
enum EventsReadModelError: Error, CustomStringConvertible, Equatable {
    /// The message names an event the read model has never seen proposed.
    case unknownEvent(UUID, messageType: String)
    /// The message names a registration the read model does not have for that event.
    case unknownRegistration(UUID, eventId: UUID, messageType: String)
    /// The message changes a plan item the read model has never seen added.
    case unknownPlanItem(UUID, messageType: String)

    var description: String {
        switch self {
        case .unknownEvent(let id, let type):
            "\(type) names event \(id.uuidString), which the read model does not have"
        case .unknownRegistration(let id, let eventId, let type):
            "\(type) names registration \(id.uuidString) of event \(eventId.uuidString), which the read model does not have"
        case .unknownPlanItem(let id, let type):
            "\(type) names plan item \(id.uuidString), which the read model does not have"
        }
    }
}
