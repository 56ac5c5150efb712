import Foundation
import MessageSchema
import ServiceKit

/// Who a request acts for: a signed-in staff member (their account id,
/// name and role), or a bearer token of the JSON API (no account id, the
/// name the token was given, its role).
public struct StaffIdentity: Sendable, Equatable {
    /// The staff member's account; `nil` for a bearer token.
    public var accountId: UUID?
    public var name: String
    public var role: Role

    public init(accountId: UUID? = nil, name: String, role: Role) {
        self.accountId = accountId
        self.name = name
        self.role = role
    }

    /// The acting person every command of this identity carries to the service.
    public var actor: Actor { Actor(accountId: accountId, name: name) }
}
