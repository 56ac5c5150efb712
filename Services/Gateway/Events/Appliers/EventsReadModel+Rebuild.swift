import GatewayKit
import MessageSchema

// What the operator's reconcile empties before applying a source's log again.
extension EventsReadModel {
    func tables(filledBy source: String) -> [String] {
        switch source {
        case ServiceName.events.rawValue: ["registrations", "events", "planItems"]
        case ServiceName.surveys.rawValue: ["eventFeedbackResults"]
        default: []
        }
    }
}
