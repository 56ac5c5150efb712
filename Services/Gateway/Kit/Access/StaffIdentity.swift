import Foundation
import ServiceKit

/// Who a request acts for: on pages the signed-in person's account (its id,
/// name and role); on the API the bearer token's name and role (no account id).
public struct StaffIdentity: Sendable, Equatable {
    public var accountId: UUID?
    public var name: String
    public var role: Role

    public init(accountId: UUID? = nil, name: String, role: Role) {
        self.accountId = accountId
        self.name = name
        self.role = role
    }
}
