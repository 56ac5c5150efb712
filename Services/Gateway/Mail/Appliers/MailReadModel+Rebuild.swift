import GatewayKit
import MessageSchema

// What the operator's reconcile empties before applying a source's log again.
extension MailReadModel {
    func tables(filledBy source: String) -> [String] {
        switch source {
        case ServiceName.mail.rawValue: ["mailFailures", "mailDelivery"]
        default: []
        }
    }
}
