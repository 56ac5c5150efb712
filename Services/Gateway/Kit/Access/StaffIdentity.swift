import ServiceKit

/// Who a request acts for, once its bearer token is known: the name the
/// token was given and its role.
public struct StaffIdentity: Sendable, Equatable {
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
