/// What a bus key may do. The role is the folder its public key lies in
/// (`<keys>/<role>/<name>.public`), and the ZAP handler answers for the key
/// with the user id `<role>/<name>`, which every ROUTER checks per request
/// (`BusAccess`).
public enum BusRole: String, Sendable, CaseIterable, Codable {
    /// A Komunika service (the gateway included): sends commands, fetches
    /// missed messages, and asks what the gateway's pages ask for an admin.
    case service
    /// A person at `komunikactl`: may ask everything.
    case `operator`
    /// Another program that reads the messages: may only subscribe.
    case listener
}

/// Who sent a request, as the ZAP handler vouches for it.
public struct BusIdentity: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let role: BusRole
    public let name: String

    public init(role: BusRole, name: String) {
        self.role = role
        self.name = name
    }

    /// Reads the ZAP user id `<role>/<name>`; `nil` for anything else.
    public init?(userId: String?) {
        guard let userId, let slash = userId.firstIndex(of: "/"),
            let role = BusRole(rawValue: String(userId[..<slash]))
        else { return nil }
        let name = String(userId[userId.index(after: slash)...])
        guard BusKeyring.isValidName(name) else { return nil }
        self.init(role: role, name: name)
    }

    /// The ZAP user id: `<role>/<name>`, e.g. `service/gateway`, `operator/operator`.
    public var userId: String { "\(role.rawValue)/\(name)" }

    public var description: String { "the \(role.rawValue) key '\(name)'" }
}
