import MessageSchema

/// Which requests each bus role may make of a service's ROUTER. The ZAP
/// handler vouches for the sender (`BusIdentity`, from the ZAP user id);
/// `ServiceRouter` asks `refusal` before it hands a request on.
///
/// Least privilege: only the gateway sends commands (for a signed-in person
/// whose role it has checked) and asks what its operations and people pages
/// ask for an admin; another service's key only reads (a consumer's fetch, a
/// status); an operator may ask everything; a listener may only subscribe.
public enum BusAccess {
    /// The control requests every service key may make: what a consumer asks
    /// (and says: from where it may still need the log).
    public static let serviceControl: Set<ControlRequest.Operation> = [.status, .health, .fetch, .keepFrom]

    /// What the gateway's key may ask besides: its operations and people pages
    /// (the dead letters and their retry, a person's export and erasure).
    public static let gatewayControl: Set<ControlRequest.Operation> = serviceControl.union([
        .deadLetters, .retryDeadLetters, .exportPerson, .erasePerson,
    ])

    /// Why `identity` may not make a request of `kind` (a control request
    /// with `operation`); `nil` when it may. Every other operation (pause,
    /// resume, republish, backup, reconcile, log level, and any added later)
    /// needs an operator key.
    public static func refusal(
        _ kind: RequestKind, operation: ControlRequest.Operation?, from identity: BusIdentity?
    ) -> String? {
        guard let identity else {
            return "the request came with no bus identity: this service answers only keys its ZAP handler admits"
        }
        let asked = kind == .command ? "send commands" : "ask for \(operation?.rawValue ?? "control")"
        switch identity.role {
        case .operator:
            return nil
        case .listener:
            return "\(identity) may not \(asked): a listener may only subscribe"
        case .service:
            let isGateway = identity.name == ServiceName.gateway.rawValue
            if kind == .command {
                return isGateway ? nil : "\(identity) may not \(asked): only the gateway's key and operators' send commands"
            }
            let allowed = isGateway ? gatewayControl : serviceControl
            guard let operation, !allowed.contains(operation) else { return nil }
            return "\(identity) may not \(asked): that needs an operator key"
        }
    }
}
